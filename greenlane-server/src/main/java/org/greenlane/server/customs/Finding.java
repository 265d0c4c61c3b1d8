package org.greenlane.server.customs;

/** What an inspection found: the category of non-compliance and its severity. */
public record Finding(Category category, Severity severity) {

    public enum Category {
        MISDECLARED_HS_CODE, UNDERVALUATION, MISSING_ECO_LABEL, CARBON_DATA_MISMATCH, ORIGIN, QUANTITY,
        PROHIBITED_WASTE, OTHER
    }

    /** CRITICAL is a major offence (smuggling, heavy undervaluation): the Critical Fraud label of the risk model. */
    public enum Severity {
        MINOR, MAJOR, CRITICAL
    }
}
