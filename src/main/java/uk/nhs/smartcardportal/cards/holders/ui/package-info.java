@NullMarked
package uk.nhs.smartcardportal.cards.holders.ui;

import org.jspecify.annotations.NullMarked;
