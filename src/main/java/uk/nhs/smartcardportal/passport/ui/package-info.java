@NullMarked
package uk.nhs.smartcardportal.passport.ui;

import org.jspecify.annotations.NullMarked;
