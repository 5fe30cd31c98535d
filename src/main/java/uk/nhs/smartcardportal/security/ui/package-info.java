@NullMarked
package uk.nhs.smartcardportal.security.ui;

import org.jspecify.annotations.NullMarked;
