@NullMarked
package uk.nhs.smartcardportal.setup;

import org.jspecify.annotations.NullMarked;
