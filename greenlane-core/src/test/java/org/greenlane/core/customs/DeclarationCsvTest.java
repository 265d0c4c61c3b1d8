package org.greenlane.core.customs;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeclarationCsvTest {

    private static final String HEADER = "Declaration ID,Date,Office ID,Process Type,Import Type,Import Use,Payment Type,"
            + "Mode of Transport,Declarant ID,Importer ID,Seller ID,Courier ID,HS6 Code,Country of Departure,"
            + "Country of Origin,Tax Rate,Tax Type,Country of Origin Indicator,Net Mass,Item Price,Fraud,Critical Fraud\n";
    private static final String GOOD = "97061800,2020-01-01,30,B,11,21,11,10,ZZR1LT6,QLRUBN9,0VKY2BR,,440890,BE,BE,0.0,FEU1,G,108.0,372254.4,0,0\n";
    private static final LocalDate TODAY = LocalDate.of(2024, 6, 1);

    private static List<InspectedDeclaration> read(String text) throws IOException {
        return DeclarationCsv.read(new StringReader(text), "test.csv", TODAY);
    }

    @Test
    void readsTheDatasetLayout() throws IOException {
        List<InspectedDeclaration> rows = read(HEADER + GOOD
                + "85945189,2020-01-02,40,B,11,21,11,40,SWF9S4X,7JD1S2X,\"8WD,KMC6\",,690722,CN,CN,8.0,A,Y,11352.0,375751.2,1,2\n");
        assertThat(rows).hasSize(2);
        Declaration first = rows.get(0).declaration();
        assertThat(first.id()).isEqualTo("97061800");
        assertThat(first.hs4()).isEqualTo("4408");
        assertThat(first.courier()).isEmpty();
        assertThat(first.netMassKg()).isEqualTo(108.0);
        assertThat(rows.get(0).result()).isEqualTo(InspectionResult.COMPLIANT);
        assertThat(rows.get(1).declaration().seller()).isEqualTo("8WD,KMC6");
        assertThat(rows.get(1).result()).isEqualTo(new InspectionResult(true, true));
    }

    @Test
    void refusesTheWholeFileNamingLineAndColumnOfEveryProblem() {
        String text = HEADER + GOOD
                + "1,2020-01-01,30,B,11,21,11,10,D,I,S,,440890,BE,BE,0.0,FEU1,G,-5,100,0,0\n"
                + "2,2020-01-01,30,B,11,21,11,10,D,I,S,,440890,BE,BE,0.0,FEU1,G,5,-100,0,0\n"
                + "3,2031-01-01,30,B,11,21,11,10,D,I,S,,440890,BE,BE,0.0,FEU1,G,5,100,0,0\n"
                + "4,2020-01-01,30,B,11\n"
                + "5,2020-01-01,30,B,11,21,11,10,D,I,S,,44089,BE,BE,abc,FEU1,G,5,100,0,3\n"
                + "6,2020-01-01,30,B,11,21,11,10,D,I,S,,440890,BE,BE,0.0,FEU1,G,5,100,0,1\n"
                + "97061800,2020-01-01,30,B,11,21,11,10,D,I,S,,440890,BE,BE,0.0,FEU1,G,5,100,0,0\n";
        assertThatThrownBy(() -> read(text))
                .isInstanceOfSatisfying(DeclarationFileException.class, refused -> {
                    assertThat(refused.problems()).extracting(RowProblem::toString).containsExactly(
                            "line 3, column 'Net Mass': -5 is negative",
                            "line 4, column 'Item Price': -100 is negative",
                            "line 5, column 'Date': 2031-01-01 is in the future (today is 2024-06-01)",
                            "line 6: expected 22 fields as in the header, found 5",
                            "line 7, column 'HS6 Code': '44089' is not an HS code of at least six digits",
                            "line 7, column 'Tax Rate': 'abc' is not a number",
                            "line 7, column 'Critical Fraud': '3' is not one of 0..2",
                            "line 8, column 'Critical Fraud': Critical Fraud 1 contradicts Fraud 0 (0 goes with 0; 1 or 2 go with Fraud 1)",
                            "line 9, column 'Declaration ID': duplicate declaration id 97061800");
                    assertThat(refused.getMessage()).startsWith("test.csv: 9 problem(s), nothing was read:");
                });
    }

    @Test
    void namesMissingColumnsAndMalformedQuotes() {
        assertThatThrownBy(() -> read(HEADER.replace("Net Mass,", "") + GOOD))
                .isInstanceOf(DeclarationFileException.class)
                .hasMessageContaining("line 1, column 'Net Mass': required column is missing from the header");
        assertThatThrownBy(() -> read(HEADER + GOOD.replace(",0VKY2BR,", ",\"0VKY2BR,")))
                .isInstanceOf(DeclarationFileException.class)
                .hasMessageContaining("line 2: unterminated quoted field");
        assertThatThrownBy(() -> read(""))
                .isInstanceOf(DeclarationFileException.class)
                .hasMessageContaining("line 1: empty file");
    }

    @Test
    void declarationsValidateTheirOwnFields() {
        assertThatThrownBy(() -> TestDeclarations.declaration("X", TODAY, "12"))
                .hasMessage("declaration X: HS code must be at least six digits, was '12'");
        assertThatThrownBy(() -> new InspectionResult(false, true)).hasMessageContaining("critical");
    }
}
