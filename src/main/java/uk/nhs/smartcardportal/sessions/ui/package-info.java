@NullMarked
package uk.nhs.smartcardportal.sessions.ui;

import org.jspecify.annotations.NullMarked;
