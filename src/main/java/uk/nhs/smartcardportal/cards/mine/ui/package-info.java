@NullMarked
package uk.nhs.smartcardportal.cards.mine.ui;

import org.jspecify.annotations.NullMarked;
