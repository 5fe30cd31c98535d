@NullMarked
package uk.nhs.smartcardportal.cards.printing.ui;

import org.jspecify.annotations.NullMarked;
