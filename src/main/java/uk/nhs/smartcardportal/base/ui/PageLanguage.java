package uk.nhs.smartcardportal.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/** Every page declares British English, so screen readers pronounce it right (WCAG 3.1.1). */
@Component
class PageLanguage implements VaadinServiceInitListener {

    static final String LANGUAGE = "en-GB";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            Element html = response.getDocument().selectFirst("html");
            if (html != null) {
                html.attr("lang", LANGUAGE);
            }
        });
    }
}
