package org.greenlane.server.footprint.results;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;

/**
 * The breakdown-by-stage bar chart drawn on the server: as a PNG for the PDF report (no browser there) and as SVG
 * for the HTML report. Bars are horizontal, one per stage, labelled with the stage and its kg CO2e.
 */
final class StageChart {

    private static final Color BAR = new Color(0x14, 0x68, 0x4c);
    private static final Color NEGATIVE = new Color(0x1c, 0x4f, 0x8a);
    private static final Color INK = new Color(0x1d, 0x24, 0x22);

    private StageChart() {
    }

    record Bar(String label, double value, String valueText) {
    }

    /** A PNG as a data URI, twice the display size for sharp print. */
    static String pngDataUri(List<Bar> bars, String fontFamily) {
        int scale = 2;
        int width = 640 * scale;
        int rowHeight = 34 * scale;
        int height = (bars.size() * 34 + 16) * scale;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setFont(new Font(fontFamily, Font.PLAIN, 13 * scale));
            FontMetrics metrics = g.getFontMetrics();
            int labelWidth = 210 * scale;
            int valueWidth = 120 * scale;
            int plot = width - labelWidth - valueWidth;
            double max = bars.stream().mapToDouble(b -> Math.abs(b.value())).max().orElse(0);
            for (int i = 0; i < bars.size(); i++) {
                Bar bar = bars.get(i);
                int y = 8 * scale + i * rowHeight;
                g.setColor(INK);
                g.drawString(bar.label(), 0, y + rowHeight / 2 + metrics.getAscent() / 2 - 2 * scale);
                int length = max == 0 ? 0 : (int) Math.round(Math.abs(bar.value()) / max * plot);
                g.setColor(bar.value() < 0 ? NEGATIVE : BAR);
                g.fillRect(labelWidth, y + 6 * scale, Math.max(length, bar.value() == 0 ? 0 : scale), rowHeight - 12 * scale);
                g.setColor(INK);
                g.drawString(bar.valueText(), labelWidth + length + 6 * scale,
                        y + rowHeight / 2 + metrics.getAscent() / 2 - 2 * scale);
            }
            g.setStroke(new BasicStroke(scale));
            g.setColor(new Color(0xd6, 0xdf, 0xdb));
            g.drawLine(labelWidth, 4 * scale, labelWidth, height - 4 * scale);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
    }

    /** The same chart as inline SVG markup, sized by CSS. */
    static String svg(List<Bar> bars, String title) {
        int rowHeight = 30;
        int labelWidth = 220;
        int plot = 300;
        int width = labelWidth + plot + 140;
        int height = bars.size() * rowHeight + 10;
        double max = bars.stream().mapToDouble(b -> Math.abs(b.value())).max().orElse(0);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" class=\"stage-chart\"><title>").append(escape(title)).append("</title>");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = 5 + i * rowHeight;
            int length = max == 0 ? 0 : (int) Math.round(Math.abs(bar.value()) / max * plot);
            svg.append("<text x=\"0\" y=\"").append(y + 19).append("\" font-size=\"13\">").append(escape(bar.label()))
                    .append("</text>");
            svg.append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y + 5).append("\" width=\"")
                    .append(length).append("\" height=\"").append(rowHeight - 10).append("\" fill=\"")
                    .append(bar.value() < 0 ? "#1c4f8a" : "#14684c").append("\"/>");
            svg.append("<text x=\"").append(labelWidth + length + 6).append("\" y=\"").append(y + 19)
                    .append("\" font-size=\"13\">").append(escape(bar.valueText())).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
