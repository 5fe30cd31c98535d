@NullMarked
package uk.nhs.smartcardportal.cards.custody.ui;

import org.jspecify.annotations.NullMarked;
