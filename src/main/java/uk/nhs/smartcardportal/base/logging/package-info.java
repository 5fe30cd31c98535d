/** What the portal's log lines may hold. */
@NullMarked
package uk.nhs.smartcardportal.base.logging;

import org.jspecify.annotations.NullMarked;
