@NullMarked
package uk.nhs.smartcardportal.collection.ui;

import org.jspecify.annotations.NullMarked;
