@NullMarked
package uk.nhs.smartcardportal.stock.ui;

import org.jspecify.annotations.NullMarked;
