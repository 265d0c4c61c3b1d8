package org.greenlane.core.cbam;

import java.util.List;

/**
 * One row of Annex I of Regulation (EU) 2023/956: a CN code or prefix, the sector, the greenhouse gases,
 * whether indirect emissions count (not for Annex II goods) and the codes the row excludes.
 *
 * @param code      the code as printed in the annex, digits only ("72", "2814", "2507 00 80")
 * @param prefix    the code without trailing "00" groups, which covers every CN code starting with it
 */
public record AnnexIRow(String code, String prefix, String description, Sector sector, String gases,
                        boolean indirectEmissionsCount, LegalBasis emissionsBasis, List<Exclusion> exclusions) {

    /** A code the annex lists as "except:" under a row. */
    public record Exclusion(String code, String prefix, String description) {
        @Override
        public String toString() {
            return CnCode.format(code) + " " + description;
        }
    }

    public AnnexIRow {
        exclusions = List.copyOf(exclusions);
    }

    public LegalBasis basis() {
        return LegalBasis.cbam("Annex I, " + sector.label() + ", " + CnCode.format(code));
    }

    @Override
    public String toString() {
        return CnCode.format(code) + " " + description;
    }
}
