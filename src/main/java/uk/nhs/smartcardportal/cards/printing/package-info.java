@NullMarked
package uk.nhs.smartcardportal.cards.printing;

import org.jspecify.annotations.NullMarked;
