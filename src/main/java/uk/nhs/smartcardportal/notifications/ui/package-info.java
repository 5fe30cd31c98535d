@NullMarked
package uk.nhs.smartcardportal.notifications.ui;

import org.jspecify.annotations.NullMarked;
