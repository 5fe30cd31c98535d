@NullMarked
package uk.nhs.smartcardportal.security;

import org.jspecify.annotations.NullMarked;
