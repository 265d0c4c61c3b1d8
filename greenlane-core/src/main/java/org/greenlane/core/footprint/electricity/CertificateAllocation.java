package org.greenlane.core.footprint.electricity;

/** MWh of one certificate assigned to one claim (a footprint calculation). */
public record CertificateAllocation(String certificateId, String claim, double mwh) {
}
