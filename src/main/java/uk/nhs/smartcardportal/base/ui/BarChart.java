package uk.nhs.smartcardportal.base.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A horizontal bar chart drawn on the server as SVG: no frontend bundle, readable by screen readers (the chart's
 * label lists every value), and sharp on any screen. A bar may carry a marker, such as a reorder level.
 */
public class BarChart extends Div {

    /** One bar: its label, its value, an optional marker value, and whether it needs attention. */
    public record Bar(String label, long value, Long marker, boolean alert) {

        public Bar(String label, long value) {
            this(label, value, null, false);
        }
    }

    private static final int WIDTH = 560;
    private static final int LABEL_WIDTH = 230;
    private static final int BAR_AREA = 270;
    private static final int ROW = 34;
    private static final int LINE = 20;
    private static final int LINE_CHARS = 25;

    public BarChart(String title, String unit, List<Bar> bars) {
        addClassName("bar-chart");
        H3 heading = new H3(title);
        add(heading);
        if (bars.isEmpty()) {
            add(new Div("Nothing to show yet."));
            return;
        }
        long max = Math.max(
                1,
                bars.stream()
                        .mapToLong(bar -> Math.max(bar.value(), bar.marker() == null ? 0 : bar.marker()))
                        .max()
                        .orElse(1));
        List<List<String>> labels = bars.stream().map(bar -> lines(bar.label())).toList();
        int height = labels.stream().mapToInt(BarChart::rowHeight).sum() + 10;
        StringBuilder svg = new StringBuilder();
        String summary = title + ": "
                + bars.stream()
                        .map(bar -> bar.label() + " " + bar.value() + " " + unit
                                + (bar.marker() == null ? "" : " (marker " + bar.marker() + ")"))
                        .collect(Collectors.joining("; "));
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(height)
                .append("\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\" preserveAspectRatio=\"xMinYMin meet\" aria-label=\"")
                .append(escape(summary))
                .append("\">");
        int y = 5;
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            List<String> label = labels.get(i);
            int row = rowHeight(label);
            int middle = y + row / 2;
            int length = (int) Math.round((double) bar.value() / max * BAR_AREA);
            svg.append("<text x=\"")
                    .append(LABEL_WIDTH - 8)
                    .append("\" y=\"")
                    .append(middle + 6 - (label.size() - 1) * LINE / 2)
                    .append("\" text-anchor=\"end\" class=\"bar-label\">");
            for (int line = 0; line < label.size(); line++) {
                svg.append("<tspan x=\"")
                        .append(LABEL_WIDTH - 8)
                        .append("\"")
                        .append(line == 0 ? "" : " dy=\"" + LINE + "\"")
                        .append('>')
                        .append(escape(label.get(line)))
                        .append("</tspan>");
            }
            svg.append("</text>");
            svg.append("<rect x=\"")
                    .append(LABEL_WIDTH)
                    .append("\" y=\"")
                    .append(middle - (ROW - 12) / 2)
                    .append("\" width=\"")
                    .append(Math.max(length, bar.value() > 0 ? 2 : 0))
                    .append("\" height=\"")
                    .append(ROW - 12)
                    .append("\" class=\"")
                    .append(bar.alert() ? "bar bar-alert" : "bar")
                    .append("\"/>");
            if (bar.marker() != null) {
                int x = LABEL_WIDTH + (int) Math.round((double) bar.marker() / max * BAR_AREA);
                svg.append("<line x1=\"")
                        .append(x)
                        .append("\" x2=\"")
                        .append(x)
                        .append("\" y1=\"")
                        .append(middle - ROW / 2)
                        .append("\" y2=\"")
                        .append(middle + ROW / 2 - 2)
                        .append("\" class=\"bar-marker\"/>");
            }
            svg.append("<text x=\"")
                    .append(LABEL_WIDTH + Math.max(length, 0) + 6)
                    .append("\" y=\"")
                    .append(middle + 6)
                    .append("\" class=\"bar-value\">")
                    .append(bar.value())
                    .append("</text>");
            y += row;
        }
        svg.append("</svg>");
        // Wrapped in a div so the browser parses the markup as SVG (an <svg> root would be made an HTML element).
        add(new Html("<div class=\"bar-chart-figure\">" + svg + "</div>"));
    }

    /** A label in lines that fit beside the bars, broken between words: never cut short. */
    static List<String> lines(String label) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : label.strip().split("\\s+")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > LINE_CHARS) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static int rowHeight(List<String> label) {
        return Math.max(ROW, label.size() * LINE + 14);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
