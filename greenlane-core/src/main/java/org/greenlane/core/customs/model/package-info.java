/**
 * Risk models: {@link org.greenlane.core.customs.model.ComplianceHistory} tallies outcomes per profile,
 * {@link org.greenlane.core.customs.model.RiskFeatures} reads features strictly from the past,
 * {@link org.greenlane.core.customs.model.RiskModelTrainer} trains LightGBM models by replaying a window in date
 * order, {@link org.greenlane.core.customs.model.RiskScorer} scores and explains (path attributions over Java-evaluated trees, decision 049), and
 * {@link org.greenlane.core.customs.model.RiskEvaluation} measures Precision@n %, Recall@n % and AUC out of time.
 */
package org.greenlane.core.customs.model;
