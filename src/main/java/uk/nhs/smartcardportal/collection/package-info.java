@NullMarked
package uk.nhs.smartcardportal.collection;

import org.jspecify.annotations.NullMarked;
