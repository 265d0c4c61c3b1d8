package org.greenlane.server.cbam;

import org.greenlane.core.cbam.Figure;
import org.greenlane.core.cbam.Notice;

import java.util.List;

/**
 * A traced figure as the API and the pages show it. The value is a decimal string so that the regulation's digits
 * survive JSON clients that read numbers as binary floating point (decision 038); inputs unfold the formula down to
 * the tables it came from, to the depth asked.
 */
public record FigureView(String label, String value, String unit, String formula, String legalBasis, Source source,
                         List<FigureView> inputs) {

    public record Source(String name, String version) {
    }

    /** A fallback, clamp or exemption the engine applied, with the rule behind it. */
    public record NoticeView(String message, String legalBasis) {
        static NoticeView of(Notice notice) {
            return new NoticeView(notice.message(), notice.basis().toString());
        }

        static List<NoticeView> of(List<Notice> notices) {
            return notices.stream().distinct().map(NoticeView::of).toList();
        }
    }

    static FigureView of(Figure figure) {
        return of(figure, Integer.MAX_VALUE);
    }

    static FigureView of(Figure figure, int depth) {
        return new FigureView(figure.label(), figure.plain(), figure.unit(), figure.formula(), figure.basis().toString(),
                new Source(figure.source().name(), figure.source().version()),
                depth <= 0 ? List.of() : figure.inputs().stream().map(input -> of(input, depth - 1)).toList());
    }

    /** The value as a number, for display rounding in the pages. */
    public java.math.BigDecimal number() {
        return new java.math.BigDecimal(value);
    }
}
