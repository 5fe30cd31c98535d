@NullMarked
package uk.nhs.smartcardportal.audit;

import org.jspecify.annotations.NullMarked;
