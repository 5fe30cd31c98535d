@NullMarked
package uk.nhs.smartcardportal.audit.ui;

import org.jspecify.annotations.NullMarked;
