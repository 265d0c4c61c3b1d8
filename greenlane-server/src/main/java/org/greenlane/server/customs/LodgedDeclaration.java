package org.greenlane.server.customs;

import org.greenlane.core.customs.selectivity.Lane;

import java.util.UUID;

/**
 * The answer to lodging: the record id, the lane and whether the goods are released. The reasons
 * ({@code decision}) are included for customs officers only.
 */
public record LodgedDeclaration(UUID id, String reference, Lane lane, String status, DecisionRecord decision) {
}
