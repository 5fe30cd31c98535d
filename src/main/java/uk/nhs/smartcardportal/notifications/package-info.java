@NullMarked
package uk.nhs.smartcardportal.notifications;

import org.jspecify.annotations.NullMarked;
