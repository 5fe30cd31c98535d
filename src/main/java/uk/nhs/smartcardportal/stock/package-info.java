@NullMarked
package uk.nhs.smartcardportal.stock;

import org.jspecify.annotations.NullMarked;
