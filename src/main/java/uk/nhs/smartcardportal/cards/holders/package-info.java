@NullMarked
package uk.nhs.smartcardportal.cards.holders;

import org.jspecify.annotations.NullMarked;
