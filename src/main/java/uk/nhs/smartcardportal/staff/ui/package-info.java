@NullMarked
package uk.nhs.smartcardportal.staff.ui;

import org.jspecify.annotations.NullMarked;
