package org.greenlane.core.customs.model;

/**
 * One feature's share in a declaration's score: its SHAP value in log-odds (positive raises the
 * risk), with the feature's name and an officer-readable statement of its value.
 */
public record Contribution(String feature, String statement, double logOdds) {
}
