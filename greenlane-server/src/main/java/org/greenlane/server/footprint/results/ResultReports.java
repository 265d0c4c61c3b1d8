package org.greenlane.server.footprint.results;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.greenlane.server.footprint.Product;
import org.greenlane.server.footprint.ProductCatalogue;
import org.greenlane.server.platform.identity.Organisations;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The footprint report: the same content as an HTML page and as a PDF (openhtmltopdf), with the stage chart
 * drawn on the server. A Chinese PDF needs a TrueType font with CJK glyphs (PDFBox cannot embed the CFF-based
 * Noto CJK fonts many systems have); without one the PDF is written in English and says so (decision 019).
 */
@Component
public class ResultReports {

    /** TrueType-outline CJK fonts found on common Linux systems; the first present is used. */
    private static final List<Path> CJK_FONTS = List.of(
            Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
            Path.of("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf"),
            Path.of("/usr/share/fonts/truetype/noto/NotoSansSC-Regular.ttf"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttf"));

    private final SpringTemplateEngine templates;
    private final MessageSource messages;
    private final ProductCatalogue products;
    private final Organisations organisations;
    private final Optional<Path> cjkFont;

    ResultReports(SpringTemplateEngine templates, MessageSource messages, ProductCatalogue products,
                  Organisations organisations) {
        this.templates = templates;
        this.messages = messages;
        this.products = products;
        this.organisations = organisations;
        this.cjkFont = CJK_FONTS.stream().filter(Files::isReadable).findFirst();
    }

    /** Everything a report template shows, for the page and the PDF alike. */
    public Map<String, Object> model(java.util.UUID organisationId, StoredResult result, Locale locale, boolean png) {
        Product product = products.find(organisationId, result.productId()).orElse(null);
        String company = organisations.find(organisationId).map(o -> o.name()).orElse("");
        List<StageChart.Bar> bars = new ArrayList<>();
        result.report().byStage().entrySet().stream()
                .sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(
                        s -> org.greenlane.core.footprint.LifeCycleStage.valueOf(s).ordinal())))
                .forEach(e -> bars.add(new StageChart.Bar(messages.getMessage("stage." + e.getKey(), null, locale),
                        e.getValue(), FootprintFormat.kg(e.getValue(), locale) + " kg")));
        String title = messages.getMessage("result.byStage", null, locale);
        return Map.of("result", result, "report", result.report(), "product", product == null ? "" : product.name(),
                "company", company, "fmt", new FootprintFormat(locale),
                "stages", org.greenlane.core.footprint.LifeCycleStage.values(),
                "chart", png ? StageChart.pngDataUri(bars, chartFont(locale)) : StageChart.svg(bars, title));
    }

    public byte[] pdf(java.util.UUID organisationId, StoredResult result, Locale asked) {
        boolean chinese = "zh".equals(asked.getLanguage());
        Locale locale = chinese && cjkFont.isEmpty() ? Locale.ENGLISH : asked;
        Context context = new Context(locale, model(organisationId, result, locale, true));
        context.setVariable("fontNote", chinese && cjkFont.isEmpty());
        String html = templates.process("footprint/report-pdf", context);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            if (cjkFont.isPresent() && chinese) {
                File font = cjkFont.get().toFile();
                builder.useFont(font, "cjk");
            }
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the PDF report", e);
        }
    }

    private static String chartFont(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? "Noto Sans CJK SC" : "DejaVu Sans";
    }
}
