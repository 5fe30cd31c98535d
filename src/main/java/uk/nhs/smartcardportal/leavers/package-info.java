@NullMarked
package uk.nhs.smartcardportal.leavers;

import org.jspecify.annotations.NullMarked;
