package org.greenlane.core.cbam;

import java.util.Arrays;
import java.util.Locale;

/** The CBAM sectors of Annex I of Regulation (EU) 2023/956. */
public enum Sector {
    CEMENT("cement", "cement"),
    ELECTRICITY("electricity", "electricity"),
    FERTILISERS("fertilisers", "fertilizers"),
    IRON_AND_STEEL("iron and steel", "ironSteel"),
    ALUMINIUM("aluminium", "aluminium"),
    HYDROGEN("hydrogen", "hydrogen");

    private final String label;
    private final String workbookLabel;

    Sector(String label, String workbookLabel) {
        this.label = label;
        this.workbookLabel = workbookLabel;
    }

    public String label() {
        return label;
    }

    /** The sector name in the Commission's default-value and benchmark tables. */
    public String workbookLabel() {
        return workbookLabel;
    }

    /** Resolves the sector names of the Commission's default-value and benchmark tables ("ironSteel", "fertilizers"). */
    public static Sector fromWorkbookLabel(String value) {
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(s -> s.workbookLabel.toLowerCase(Locale.ROOT).equals(wanted) || s.name().equalsIgnoreCase(wanted))
                .findFirst()
                .orElseThrow(() -> new CbamInputException("unknown CBAM sector '" + value + "'; expected one of "
                        + Arrays.stream(values()).map(s -> s.workbookLabel).toList()));
    }
}
