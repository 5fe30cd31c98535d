@NullMarked
package uk.nhs.smartcardportal.dashboard.ui;

import org.jspecify.annotations.NullMarked;
