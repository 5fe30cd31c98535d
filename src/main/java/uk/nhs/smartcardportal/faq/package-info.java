@NullMarked
package uk.nhs.smartcardportal.faq;

import org.jspecify.annotations.NullMarked;
