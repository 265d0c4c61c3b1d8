package org.greenlane.core.footprint;

/** Grid electricity bought by a column, per unit of its scaling, with its location-based emission rate. */
record ElectricityUse(int column, String region, String market, double kWhPerScaling, double locationKgPerKWh,
                      boolean ownOperation) {
}
