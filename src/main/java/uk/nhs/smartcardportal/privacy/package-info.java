@NullMarked
package uk.nhs.smartcardportal.privacy;

import org.jspecify.annotations.NullMarked;
