@NullMarked
package uk.nhs.smartcardportal.cards.sitechange;

import org.jspecify.annotations.NullMarked;
