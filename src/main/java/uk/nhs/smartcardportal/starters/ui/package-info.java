@NullMarked
package uk.nhs.smartcardportal.starters.ui;

import org.jspecify.annotations.NullMarked;
