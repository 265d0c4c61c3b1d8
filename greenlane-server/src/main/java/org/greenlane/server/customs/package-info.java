/**
 * Green channel (issue 6): risk-based pre-inspection of customs declarations. Intake by REST and csv
 * ({@link org.greenlane.server.customs.DeclarationIntake}, one rule set), lanes decided by the core
 * selectivity engine per customs authority ({@link org.greenlane.server.customs.Selectivity}),
 * inspection results that feed compliance histories, enterprise profiles with a green-AEO score,
 * versioned criteria and office targets, champion and challenger risk models
 * ({@link org.greenlane.server.customs.ModelLifecycle}), the officer workbench and the enterprise view
 * ({@link org.greenlane.server.customs.CustomsPages}, {@link org.greenlane.server.customs.CustomsApi}).
 * Decisions 041-049.
 */
package org.greenlane.server.customs;
