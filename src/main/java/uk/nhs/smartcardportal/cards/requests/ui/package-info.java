@NullMarked
package uk.nhs.smartcardportal.cards.requests.ui;

import org.jspecify.annotations.NullMarked;
