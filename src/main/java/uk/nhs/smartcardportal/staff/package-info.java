@NullMarked
package uk.nhs.smartcardportal.staff;

import org.jspecify.annotations.NullMarked;
