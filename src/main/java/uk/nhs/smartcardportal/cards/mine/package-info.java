@NullMarked
package uk.nhs.smartcardportal.cards.mine;

import org.jspecify.annotations.NullMarked;
