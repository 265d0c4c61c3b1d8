/**
 * The customs risk engine (green channel): declarations and their examination results
 * ({@link org.greenlane.core.customs.Declaration}, {@link org.greenlane.core.customs.InspectedDeclaration}) and the
 * all-or-nothing reader of the Korea Customs Service dataset layout ({@link org.greenlane.core.customs.DeclarationCsv}).
 * Subpackages: {@code model} (compliance-history features, LightGBM risk models, evaluation) and
 * {@code selectivity} (versioned criteria, lanes, office thresholds, keyed random selection).
 */
package org.greenlane.core.customs;
