@NullMarked
package uk.nhs.smartcardportal.cards.sitechange.ui;

import org.jspecify.annotations.NullMarked;
