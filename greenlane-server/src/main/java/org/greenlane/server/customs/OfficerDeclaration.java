package org.greenlane.server.customs;

/**
 * A declaration as a customs officer of its authority sees it: the data, the lane decision with
 * every reason, the inspection result, and the verification status of quoted green evidence.
 */
public record OfficerDeclaration(CustomsDeclaration declaration, DecisionRecord decision,
                                 Inspections.Recorded inspection, VerifiableRecords.Status footprintStatus,
                                 VerifiableRecords.Status certificateStatus) {
}
