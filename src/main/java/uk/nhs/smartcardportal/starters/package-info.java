@NullMarked
package uk.nhs.smartcardportal.starters;

import org.jspecify.annotations.NullMarked;
