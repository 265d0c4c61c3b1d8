package org.greenlane.server.label;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The label artwork as a download, for the exporter's pages and the API alike. */
final class LabelDownloads {

    private LabelDownloads() {
    }

    /**
     * The artwork's language: {@code language} when given (not {@code lang}, which would also switch the
     * exporter's own pages), else the request's.
     */
    static Locale language(String language, Locale request) {
        if ("zh-CN".equals(language)) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        return "en".equals(language) ? Locale.ENGLISH : request;
    }

    static ResponseEntity<byte[]> svg(LabelViews views, CarbonLabel label, Locale locale) {
        String svg = LabelArtwork.svg(views.text(views.facts(label, locale), locale), label.uri());
        return download(svg.getBytes(StandardCharsets.UTF_8), new MediaType("image", "svg+xml", StandardCharsets.UTF_8),
                fileName(label, locale, "svg"));
    }

    static ResponseEntity<byte[]> png(LabelViews views, CarbonLabel label, Locale locale) {
        return download(LabelArtwork.png(views.text(views.facts(label, locale), locale), label.uri()), MediaType.IMAGE_PNG,
                fileName(label, locale, "png"));
    }

    private static String fileName(CarbonLabel label, Locale locale, String extension) {
        String key = label.gtin() != null ? label.gtin() : label.productId().toString();
        String batch = label.batch() == null ? "" : "-" + label.batch().replaceAll("[^A-Za-z0-9._-]", "_");
        return "carbon-label-" + key + batch + "-" + ("zh".equals(locale.getLanguage()) ? "zh" : "en") + "." + extension;
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build().toString())
                .body(body);
    }
}
