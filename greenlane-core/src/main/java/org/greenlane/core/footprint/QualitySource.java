package org.greenlane.core.footprint;

import org.greenlane.core.footprint.quality.DataQualityRating;

/** CO2e a column emits per unit of scaling from one source (its own data or one library factor), with its rating. */
record QualitySource(int column, double kgCo2ePerScaling, DataQualityRating rating) {
}
