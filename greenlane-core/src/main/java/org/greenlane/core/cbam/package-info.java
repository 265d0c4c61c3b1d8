/**
 * EU CBAM engine (definitive period 2026–2034). Entry points for the server:
 * <ul>
 *   <li>{@link org.greenlane.core.cbam.GoodsScope#annexI()} — is a CN-8 / HS-6 code a CBAM good, and why;</li>
 *   <li>{@link org.greenlane.core.cbam.DefaultValueTable#parse} and {@link org.greenlane.core.cbam.BenchmarkTable#parse} —
 *       the Commission's default values (csv) and benchmarks (JSON);</li>
 *   <li>{@link org.greenlane.core.cbam.ProcessBoundary} and {@link org.greenlane.core.cbam.EmbeddedEmissionsCalculator} —
 *       installation attribution and specific embedded emissions down the precursor chain;</li>
 *   <li>{@link org.greenlane.core.cbam.CertificateCalculator} — certificates owed per import line;</li>
 *   <li>{@link org.greenlane.core.cbam.AnnualDeclaration}, {@link org.greenlane.core.cbam.CostProjection},
 *       {@link org.greenlane.core.cbam.ActualDataSaving}, {@link org.greenlane.core.cbam.EmissionsDataCommunication} —
 *       report contents.</li>
 * </ul>
 * Every number is a {@link org.greenlane.core.cbam.Figure} with formula, legal basis and data source; fallbacks and
 * clamps are {@link org.greenlane.core.cbam.Notice}s; refused input is a {@link org.greenlane.core.cbam.CbamInputException}.
 * Decisions 030–037 in docs/decisions explain the choices where the law is silent.
 */
package org.greenlane.core.cbam;
