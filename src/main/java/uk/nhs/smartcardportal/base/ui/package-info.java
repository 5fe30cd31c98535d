@NullMarked
package uk.nhs.smartcardportal.base.ui;

import org.jspecify.annotations.NullMarked;
