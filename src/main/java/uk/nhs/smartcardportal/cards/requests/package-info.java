@NullMarked
package uk.nhs.smartcardportal.cards.requests;

import org.jspecify.annotations.NullMarked;
