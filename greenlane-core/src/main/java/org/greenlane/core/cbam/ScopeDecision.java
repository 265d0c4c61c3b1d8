package org.greenlane.core.cbam;

import java.util.Optional;

/**
 * Whether a CN-8 or HS-6 code is a CBAM good and why: the Annex I row that matched (or none), and for HS-6
 * codes whether only some CN-8 codes under it are in scope.
 */
public record ScopeDecision(String code, Coverage coverage, Optional<AnnexIRow> row, String explanation,
                            LegalBasis basis) {

    public enum Coverage { IN_SCOPE, PARTIALLY_IN_SCOPE, OUT_OF_SCOPE }

    public boolean inScope() {
        return coverage == Coverage.IN_SCOPE;
    }
}
