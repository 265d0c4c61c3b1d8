package org.greenlane.core.customs.model;

/**
 * One feature's share in a declaration's score: its path attribution in log-odds (decision 049) (positive raises the
 * risk), with the feature's name and an officer-readable statement of its value.
 */
public record Contribution(String feature, String statement, double logOdds) {
}
