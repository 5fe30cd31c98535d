@NullMarked
package uk.nhs.smartcardportal.sites;

import org.jspecify.annotations.NullMarked;
