package org.greenlane.server.footprint.systems;

/** The template csv for tests of other packages (the template method is package-visible data for them). */
public final class SystemSpreadsheetsTestAccess {

    private SystemSpreadsheetsTestAccess() {
    }

    public static String billOfMaterialsCsv() {
        return SystemSpreadsheets.csvTemplate(false);
    }
}
