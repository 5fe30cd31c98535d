package uk.nhs.smartcardportal.base.ui;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Puts a view's menu entry ({@link com.vaadin.flow.router.Menu}) under a group of the side menu. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface InMenuGroup {

    MenuGroup value();
}
