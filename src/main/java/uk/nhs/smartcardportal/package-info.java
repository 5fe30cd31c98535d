@NullMarked
package uk.nhs.smartcardportal;

import org.jspecify.annotations.NullMarked;
