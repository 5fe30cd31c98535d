@NullMarked
package uk.nhs.smartcardportal.home.ui;

import org.jspecify.annotations.NullMarked;
