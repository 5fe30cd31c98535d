@NullMarked
package uk.nhs.smartcardportal.base.web;

import org.jspecify.annotations.NullMarked;
