@NullMarked
package uk.nhs.smartcardportal.passport;

import org.jspecify.annotations.NullMarked;
