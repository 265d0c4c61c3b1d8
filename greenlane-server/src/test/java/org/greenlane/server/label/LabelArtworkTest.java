package org.greenlane.server.label;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LabelArtworkTest {

    private static final String URI = "https://greenlane.example:8443/01/06901234500011/10/HRC2025-07A";
    private static final LabelArtwork.Text TEXT = new LabelArtwork.Text("Product carbon footprint",
            "Hot-rolled steel coil, S235JR", "1,923.45", "kg CO\u2082e per 1,000 kg", "Not verified by a third party",
            "Valid 2025-03-01 to 2028-03-01", "(01) 06901234500011  (10) HRC2025-07A");

    @Test
    void pngIsA300DpiLabelWhoseQrCodeDecodesToTheExactDigitalLink() throws Exception {
        byte[] png = LabelArtwork.png(TEXT, URI);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(945);
        assertThat(image.getHeight()).isEqualTo(472);
        assertThat(decode(image)).isEqualTo(URI);
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("png").next();
            reader.setInput(in);
            IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
            IIOMetadataNode physical = (IIOMetadataNode) root.getElementsByTagName("pHYs").item(0);
            assertThat(physical.getAttribute("pixelsPerUnitXAxis")).isEqualTo("11811");
            assertThat(physical.getAttribute("unitSpecifier")).isEqualTo("meter");
        }
    }

    @Test
    void qrModulesHaveAQuietZoneOfFourAndDecodeAtErrorCorrectionQ() throws Exception {
        boolean[][] modules = LabelArtwork.modules(URI);
        for (int i = 0; i < modules.length; i++) {
            for (int q = 0; q < LabelArtwork.QUIET_ZONE; q++) {
                assertThat(modules[q][i] || modules[i][q] || modules[modules.length - 1 - q][i]
                        || modules[i][modules.length - 1 - q]).isFalse();
            }
        }
        int scale = 6;
        BufferedImage image = new BufferedImage(modules.length * scale, modules.length * scale, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, modules[y / scale][x / scale] ? 0x000000 : 0xffffff);
            }
        }
        Result result = new QRCodeReader().decode(bitmap(image), Map.of(DecodeHintType.PURE_BARCODE, true));
        assertThat(result.getText()).isEqualTo(URI);
        assertThat(result.getResultMetadata().get(com.google.zxing.ResultMetadataType.ERROR_CORRECTION_LEVEL)).isEqualTo("Q");
    }

    @Test
    void svgModulesDecodeToTheSameDigitalLink() throws Exception {
        String svg = LabelArtwork.svg(TEXT, URI);
        java.util.regex.Matcher run = java.util.regex.Pattern.compile("M([0-9.]+) ([0-9.]+)h([0-9.]+)v").matcher(svg);
        BufferedImage image = new BufferedImage(400, 400, BufferedImage.TYPE_INT_RGB);
        double module = 360.0 / LabelArtwork.modules(URI).length;
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 400, 400);
        g.setColor(java.awt.Color.BLACK);
        while (run.find()) {
            double x = Double.parseDouble(run.group(1));
            double y = Double.parseDouble(run.group(2));
            double w = Double.parseDouble(run.group(3));
            g.fill(new java.awt.geom.Rectangle2D.Double(x, y, w, module));
        }
        g.dispose();
        assertThat(decode(image)).isEqualTo(URI);
    }

    @Test
    void svgIsWellFormedVectorArtworkWithTheFootprint() throws Exception {
        String svg = LabelArtwork.svg(TEXT, URI);

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(document.getDocumentElement().getAttribute("width")).isEqualTo("80mm");
        assertThat(document.getElementsByTagName("path").getLength()).isEqualTo(1);
        assertThat(svg).contains(">1,923.45</text>", ">kg CO\u2082e per 1,000 kg</text>", ">Not verified by a third party</text>",
                ">Hot-rolled steel coil,</text>", ">S235JR</text>");
    }

    @Test
    void svgEscapesTextAndWrapsLongProductNames() {
        String svg = LabelArtwork.svg(new LabelArtwork.Text("T", "Bolts <M12> & nuts, zinc-plated, property class 8.8, ISO 4014 and 4032",
                "1", "per 1 kg", "v", "x", "id"), URI);
        assertThat(svg).contains("Bolts &lt;M12&gt; &amp; nuts").doesNotContain("<M12>");
        assertThat(LabelArtwork.wrap("热轧钢卷热轧钢卷热轧钢卷热轧钢卷热轧钢卷", 28, 2)).hasSize(2);
        assertThat(LabelArtwork.wrap("Short name", 28, 2)).containsExactly("Short name");
    }

    static String decode(BufferedImage image) throws Exception {
        return new QRCodeReader().decode(bitmap(image), Map.of(DecodeHintType.TRY_HARDER, true)).getText();
    }

    private static BinaryBitmap bitmap(BufferedImage image) {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
    }
}
