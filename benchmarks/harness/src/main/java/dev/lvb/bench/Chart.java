package dev.lvb.bench;

import java.util.List;
import java.util.Locale;

/**
 * Writes the callback chart as SVG from the measured numbers: throughput and p99 latency against concurrency
 * (log scale), the LVB callback endpoint beside the bare endpoint. No external tools.
 */
final class Chart {

    private static final int PANEL_W = 430;
    private static final int PANEL_H = 300;
    private static final int LEFT = 70;
    private static final int TOP = 50;
    private static final int GAP = 90;
    private static final String OURS = "#1f6fb4";
    private static final String BARE = "#e07b1a";

    /** One line of a panel. */
    record Series(String name, String color, String dash, String marker, double[] values) {
    }

    private Chart() {
    }

    static String callbackSvg(int[] concurrency, double[] oursRps, double[] bareRps, double[] oursP99Ms,
            double[] bareP99Ms, String subtitle) {
        int width = LEFT + PANEL_W + GAP + PANEL_W + 30;
        int height = TOP + PANEL_H + 110;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">\n",
                width, height, width, height));
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>\n", width, height));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"22\" font-size=\"16\" font-weight=\"bold\">"
                + "LVB callback endpoint vs bare JAX-RS endpoint (same app, loopback, closed loop)</text>\n", LEFT));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"40\" fill=\"#555\">%s</text>\n", LEFT,
                escape(subtitle)));
        List<Series> rps = List.of(new Series("ours", OURS, null, "circle", oursRps),
                new Series("bare", BARE, "6,4", "square", bareRps));
        List<Series> p99 = List.of(new Series("ours", OURS, null, "circle", oursP99Ms),
                new Series("bare", BARE, "6,4", "square", bareP99Ms));
        panel(svg, LEFT, TOP, "Throughput (requests/s, higher is better)", concurrency, rps, "%.0f");
        panel(svg, LEFT + PANEL_W + GAP, TOP, "p99 latency (ms, lower is better)", concurrency, p99, "%.1f");
        // legend
        int ly = TOP + PANEL_H + 60;
        legend(svg, LEFT, ly, OURS, null, "LVB callback endpoint (verify + parse + CDI dispatch + ack)");
        legend(svg, LEFT + 440, ly, BARE, "6,4", "bare JAX-RS endpoint returning {\"code\":0}");
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static void legend(StringBuilder svg, int x, int y, String color, String dash, String text) {
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" "
                + "stroke-width=\"2.5\"%s/>\n", x, y - 4, x + 30, y - 4, color,
                dash == null ? "" : " stroke-dasharray=\"" + dash + "\""));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>\n", x + 38, y, escape(text)));
    }

    private static void panel(StringBuilder svg, int x0, int y0, String title, int[] xs, List<Series> series,
            String valueFormat) {
        double max = 0;
        for (Series s : series) {
            for (double v : s.values()) {
                if (!Double.isNaN(v)) {
                    max = Math.max(max, v);
                }
            }
        }
        double top = niceCeiling(max * 1.15);
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-weight=\"bold\">%s</text>\n", x0,
                y0 + 12, escape(title)));
        int plotTop = y0 + 25;
        int plotH = PANEL_H - 25;
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" "
                + "stroke=\"#999\"/>\n", x0, plotTop, PANEL_W, plotH));
        // y grid
        for (int i = 0; i <= 5; i++) {
            double v = top * i / 5;
            double y = plotTop + plotH - plotH * (v / top);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#eee\"/>\n",
                    x0, y, x0 + PANEL_W, y));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" fill=\"#333\">%s"
                    + "</text>\n", x0 - 6, y + 4, format(v, top)));
        }
        // x axis: log2 of concurrency
        double lmin = log2(xs[0]);
        double lmax = log2(xs[xs.length - 1]);
        double[] px = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            px[i] = x0 + 30 + (PANEL_W - 60) * (lmax == lmin ? 0.5 : (log2(xs[i]) - lmin) / (lmax - lmin));
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#eee\"/>\n",
                    px[i], plotTop, px[i], plotTop + plotH));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d</text>\n",
                    px[i], plotTop + plotH + 16, xs[i]));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" fill=\"#333\">"
                + "concurrent connections (closed loop)</text>\n", x0 + PANEL_W / 2, plotTop + plotH + 34));
        for (Series s : series) {
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < xs.length; i++) {
                double v = s.values()[i];
                if (Double.isNaN(v)) {
                    continue;
                }
                double y = plotTop + plotH - plotH * (v / top);
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", px[i], y));
            }
            svg.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" "
                    + "stroke-width=\"2.5\"%s/>\n", points.toString().trim(), s.color(),
                    s.dash() == null ? "" : " stroke-dasharray=\"" + s.dash() + "\""));
        }
        for (int i = 0; i < xs.length; i++) {
            // Labels: the highest value of the column above its point, the others below theirs, staggered.
            int column = i;
            List<Series> byValue = series.stream().filter(s -> !Double.isNaN(s.values()[column]))
                    .sorted((a, b) -> Double.compare(b.values()[column], a.values()[column])).toList();
            for (int rank = 0; rank < byValue.size(); rank++) {
                Series s = byValue.get(rank);
                double v = s.values()[i];
                double y = plotTop + plotH - plotH * (v / top);
                switch (s.marker()) {
                    case "square" -> svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" "
                            + "width=\"7\" height=\"7\" fill=\"%s\"/>\n", px[i] - 3.5, y - 3.5, s.color()));
                    case "diamond" -> svg.append(String.format(Locale.ROOT, "<polygon points=\"%.1f,%.1f %.1f,%.1f "
                            + "%.1f,%.1f %.1f,%.1f\" fill=\"%s\"/>\n", px[i], y - 5, px[i] + 5, y, px[i], y + 5,
                            px[i] - 5, y, s.color()));
                    default -> svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" "
                            + "fill=\"%s\"/>\n", px[i], y, s.color()));
                }
                double ly = rank == 0 ? y - 9 : y + 15 + 11 * (rank - 1);
                double lx = px[i] + (rank == 2 ? 22 : 0);
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10\" fill=\"%s\" "
                        + "text-anchor=\"middle\">%s</text>\n", lx, ly, s.color(),
                        String.format(Locale.ROOT, valueFormat, v)));
            }
        }
    }

    private static double log2(double v) {
        return Math.log(v) / Math.log(2);
    }

    private static double niceCeiling(double v) {
        if (v <= 0) {
            return 1;
        }
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
            if (m * p >= v) {
                return m * p;
            }
        }
        return 10 * p;
    }

    private static String format(double v, double top) {
        if (top >= 100) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        if (top >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
