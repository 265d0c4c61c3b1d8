package org.greenlane.server.customs;

import io.swagger.v3.oas.annotations.media.Schema;

/** A new criteria version: the full text (decision 041 format, with a new version name) and why it changes. */
public record CriteriaChange(
        @Schema(description = "criteria-set <version> effective <yyyy-mm-dd>, then one 'id | lane | condition | description' a line")
        String criteria,
        @Schema(description = "Why the criteria change; kept with the version") String justification) {
}
