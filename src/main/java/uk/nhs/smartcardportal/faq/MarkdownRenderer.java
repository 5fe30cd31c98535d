package uk.nhs.smartcardportal.faq;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.stereotype.Component;

/**
 * Turns FAQ Markdown into HTML that is safe to show: raw HTML typed by an editor is escaped, and links may only be
 * relative, http(s) or mailto, so no script reaches another person's browser.
 */
@Component
public class MarkdownRenderer {

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    public String toSafeHtml(String markdown) {
        return renderer.render(parser.parse(markdown == null ? "" : markdown));
    }
}
