package org.greenlane.server.cbam;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which Registry code-list settings an operator still has to configure is named, setting by setting (docs/cbam-registry.md). */
class QReportCodesTest {

    @Test
    void namesEveryMissingCodeListSetting() {
        CbamProperties.Codes partly = new CbamProperties.Codes("ROLE", " ", "AREA", "1", "UNIT", "UNIT", "ACT", null, "METH", "IND",
                "GRID", "ETS");

        assertThat(partly.complete()).isFalse();
        assertThat(partly.missing()).containsExactly("GREENLANE_CBAM_QREPORT_CODES_REQUESTEDPROCEDURE",
                "GREENLANE_CBAM_QREPORT_CODES_DEFAULTVALUESDETERMINATIONTYPE");
        assertThat(new CbamProperties.Codes("ROLE", "40", "AREA", "1", "UNIT", "UNIT", "ACT", "DEF", "METH", "IND", "GRID", "ETS")
                .missing()).isEmpty();
    }
}
