@NullMarked
package uk.nhs.smartcardportal.setup.ui;

import org.jspecify.annotations.NullMarked;
