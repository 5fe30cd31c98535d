@NullMarked
package uk.nhs.smartcardportal.privacy.ui;

import org.jspecify.annotations.NullMarked;
