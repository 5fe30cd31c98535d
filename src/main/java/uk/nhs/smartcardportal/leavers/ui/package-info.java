@NullMarked
package uk.nhs.smartcardportal.leavers.ui;

import org.jspecify.annotations.NullMarked;
