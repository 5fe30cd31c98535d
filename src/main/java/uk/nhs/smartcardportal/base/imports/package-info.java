@NullMarked
package uk.nhs.smartcardportal.base.imports;

import org.jspecify.annotations.NullMarked;
