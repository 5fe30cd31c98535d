@NullMarked
package uk.nhs.smartcardportal.base;

import org.jspecify.annotations.NullMarked;
