package org.greenlane.server.label;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The printable label (decision 063): 80 x 40 mm, the QR code on the left (error correction Q, a quiet
 * zone of 4 modules as ISO/IEC 18004 requires), the footprint on the right. SVG draws every module as
 * a vector square; PNG renders the same layout at 300 dpi with whole-pixel modules, so scanners see
 * sharp edges, and says its resolution in the pHYs chunk so it prints at size.
 */
final class LabelArtwork {

    static final ErrorCorrectionLevel ERROR_CORRECTION = ErrorCorrectionLevel.Q;
    static final int QUIET_ZONE = 4;
    static final int DPI = 300;
    /** Layout units: tenths of a millimetre. */
    private static final int WIDTH = 800;
    private static final int HEIGHT = 400;
    private static final int QR_X = 20;
    private static final int QR_Y = 20;
    private static final int QR_SIZE = 360;
    private static final int TEXT_X = 400;
    private static final int TEXT_WIDTH = 380;
    private static final Color GREEN = new Color(0x1b, 0x5e, 0x20);

    /** What the label says, already in the label's language. */
    record Text(String title, String product, String value, String unit, String verification, String validity,
                String identification) {
    }

    private LabelArtwork() {
    }

    /** One line of text on the label, in layout units; SVG and PNG draw the same lines. */
    private record Line(int y, int size, boolean bold, boolean accent, String text) {
    }

    /**
     * Title, product (two lines at most), the value large, its unit, who verified it (two lines at most),
     * validity, and the GS1 keys at the foot. Widths are estimated per character (CJK counting double), so a
     * line never runs past the label's edge.
     */
    private static List<Line> layout(Text text) {
        List<Line> lines = new ArrayList<>();
        int y = 58;
        lines.add(new Line(y, 26, true, true, wrap(text.title(), fit(26), 1).get(0)));
        y += 40;
        for (String line : wrap(text.product(), fit(26), 2)) {
            lines.add(new Line(y, 26, false, false, line));
            y += 32;
        }
        y += 44;
        lines.add(new Line(y, 64, true, false, text.value()));
        y += 36;
        lines.add(new Line(y, 22, false, false, wrap(text.unit(), fit(22), 1).get(0)));
        y += 40;
        for (String line : wrap(text.verification(), fit(20), 2)) {
            lines.add(new Line(y, 20, true, true, line));
            y += 26;
        }
        lines.add(new Line(y + 2, 18, false, false, wrap(text.validity(), fit(18), 1).get(0)));
        lines.add(new Line(380, 17, false, false, wrap(text.identification(), fit(17), 1).get(0)));
        return lines;
    }

    /** Characters of about 0.58 em that fit the text column at this size. */
    private static int fit(int size) {
        return (int) (TEXT_WIDTH / (size * 0.58));
    }

    /** The QR code's modules, quiet zone included: {@code true} is dark. */
    static boolean[][] modules(String uri) {
        try {
            QRCode code = Encoder.encode(uri, ERROR_CORRECTION, Map.of(EncodeHintType.CHARACTER_SET, "UTF-8"));
            ByteMatrix matrix = code.getMatrix();
            int size = matrix.getWidth() + 2 * QUIET_ZONE;
            boolean[][] modules = new boolean[size][size];
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    modules[y + QUIET_ZONE][x + QUIET_ZONE] = matrix.get(x, y) == 1;
                }
            }
            return modules;
        } catch (WriterException e) {
            throw new IllegalArgumentException("the Digital Link cannot be encoded as a QR code: " + e.getMessage(), e);
        }
    }

    static String svg(Text text, String uri) {
        boolean[][] modules = modules(uri);
        double module = (double) QR_SIZE / modules.length;
        StringBuilder svg = new StringBuilder();
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"80mm\" height=\"40mm\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT).append("\" role=\"img\" aria-labelledby=\"label-title\">\n")
                .append("<title id=\"label-title\">").append(escape(text.title() + ": " + text.product() + ", "
                        + text.value() + " " + text.unit())).append("</title>\n")
                .append("<rect width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" fill=\"#ffffff\" stroke=\"#1b5e20\" stroke-width=\"4\" rx=\"16\"/>\n")
                .append("<path fill=\"#000000\" shape-rendering=\"crispEdges\" d=\"");
        for (int y = 0; y < modules.length; y++) {
            for (int x = 0; x < modules.length; x++) {
                if (modules[y][x]) {
                    int run = 1;
                    while (x + run < modules.length && modules[y][x + run]) {
                        run++;
                    }
                    svg.append('M').append(number(QR_X + x * module)).append(' ').append(number(QR_Y + y * module))
                            .append('h').append(number(run * module)).append('v').append(number(module))
                            .append('h').append(number(-run * module)).append('z');
                    x += run - 1;
                }
            }
        }
        svg.append("\"/>\n<g font-family=\"'Noto Sans CJK SC','DejaVu Sans',sans-serif\" fill=\"#1a1a1a\">\n");
        for (Line line : layout(text)) {
            svg.append(textLine(TEXT_X, line.y(), line.size(), line.bold() ? "bold" : "normal",
                    line.accent() ? GREEN : null, line.text()));
        }
        svg.append("</g>\n</svg>\n");
        return svg.toString();
    }

    static byte[] png(Text text, String uri) {
        int width = (int) Math.round(WIDTH / 254.0 * DPI);
        int height = (int) Math.round(HEIGHT / 254.0 * DPI);
        double scale = (double) width / WIDTH;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(GREEN);
            g.setStroke(new java.awt.BasicStroke((float) (4 * scale)));
            g.drawRoundRect((int) (2 * scale), (int) (2 * scale), (int) ((WIDTH - 4) * scale), (int) ((HEIGHT - 4) * scale),
                    (int) (32 * scale), (int) (32 * scale));
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            boolean[][] modules = modules(uri);
            int module = (int) Math.floor(QR_SIZE * scale / modules.length);
            int left = (int) Math.round(QR_X * scale + (QR_SIZE * scale - module * modules.length) / 2);
            int top = (int) Math.round(QR_Y * scale + (QR_SIZE * scale - module * modules.length) / 2);
            g.setColor(Color.BLACK);
            for (int y = 0; y < modules.length; y++) {
                for (int x = 0; x < modules.length; x++) {
                    if (modules[y][x]) {
                        g.fillRect(left + x * module, top + y * module, module, module);
                    }
                }
            }
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            for (Line line : layout(text)) {
                Color color = line.accent() ? GREEN : line.bold() ? Color.BLACK : Color.DARK_GRAY;
                draw(g, scale, line.y(), line.size(), line.bold(), color, line.text());
            }
        } finally {
            g.dispose();
        }
        return encodePng(image);
    }

    private static void draw(Graphics2D g, double scale, int y, int size, boolean bold, Color color, String text) {
        g.setColor(color);
        Font font = new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, (int) Math.round(size * scale));
        g.setFont(font);
        FontMetrics metrics = g.getFontMetrics();
        String shown = text;
        int room = (int) (TEXT_WIDTH * scale);
        while (shown.length() > 1 && metrics.stringWidth(shown) > room) {
            shown = shown.substring(0, shown.length() - 2) + "…";
        }
        g.drawString(shown, (int) Math.round(TEXT_X * scale), (int) Math.round(y * scale));
    }

    /** PNG with its physical resolution (pHYs, pixels per metre), so it prints at 80 x 40 mm. */
    private static byte[] encodePng(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream();
             ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            IIOMetadataNode physical = new IIOMetadataNode("pHYs");
            String perMetre = Integer.toString((int) Math.round(DPI / 0.0254));
            physical.setAttribute("pixelsPerUnitXAxis", perMetre);
            physical.setAttribute("pixelsPerUnitYAxis", perMetre);
            physical.setAttribute("unitSpecifier", "meter");
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
            root.appendChild(physical);
            metadata.mergeTree("javax_imageio_png_1.0", root);
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, metadata), param);
            stream.flush();
            return out.toByteArray();
        } catch (IIOInvalidTreeException e) {
            throw new IllegalStateException("cannot set the PNG resolution", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the label PNG", e);
        } finally {
            writer.dispose();
        }
    }

    /** At most {@code lines} lines of about {@code width} characters (CJK counts double), the last cut with an ellipsis. */
    static List<String> wrap(String text, int width, int lines) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int w = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN ? 2 : 1;
            if (used + w > width) {
                int space = line.lastIndexOf(" ");
                String rest = "";
                if (space > 0 && c != ' ') {
                    rest = line.substring(space + 1);
                    line.setLength(space);
                }
                out.add(line.toString().strip());
                if (out.size() == lines) {
                    String last = out.remove(lines - 1);
                    out.add(last.substring(0, Math.max(0, last.length() - 1)) + "…");
                    return out;
                }
                line = new StringBuilder(rest);
                used = rest.length();
            }
            line.append(c);
            used += w;
        }
        if (!line.isEmpty() || out.isEmpty()) {
            out.add(line.toString().strip());
        }
        return out;
    }

    private static String textLine(int x, int y, int size, String weight, Color color, String text) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" font-size=\"" + size + "\" font-weight=\"" + weight + "\""
                + (color == null ? "" : " fill=\"" + String.format("#%02x%02x%02x", color.getRed(), color.getGreen(),
                color.getBlue()) + "\"") + ">"
                + escape(text) + "</text>\n";
    }

    private static String number(double value) {
        long rounded = Math.round(value * 1000);
        return rounded % 1000 == 0 ? Long.toString(rounded / 1000) : Double.toString(rounded / 1000.0);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
