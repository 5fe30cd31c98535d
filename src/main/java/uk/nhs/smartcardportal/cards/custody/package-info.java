@NullMarked
package uk.nhs.smartcardportal.cards.custody;

import org.jspecify.annotations.NullMarked;
