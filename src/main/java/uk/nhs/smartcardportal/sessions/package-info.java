@NullMarked
package uk.nhs.smartcardportal.sessions;

import org.jspecify.annotations.NullMarked;
