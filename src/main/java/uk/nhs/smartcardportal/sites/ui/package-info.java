@NullMarked
package uk.nhs.smartcardportal.sites.ui;

import org.jspecify.annotations.NullMarked;
