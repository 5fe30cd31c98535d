@NullMarked
package uk.nhs.smartcardportal.cards;

import org.jspecify.annotations.NullMarked;
