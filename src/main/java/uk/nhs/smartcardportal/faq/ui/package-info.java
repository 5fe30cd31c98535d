@NullMarked
package uk.nhs.smartcardportal.faq.ui;

import org.jspecify.annotations.NullMarked;
