package org.greenlane.server.customs;

import io.swagger.v3.oas.annotations.media.Schema;
import org.greenlane.server.platform.api.InvalidInput;

import java.util.ArrayList;
import java.util.List;

/** An officer's inspection result: compliant, or non-compliant with a category and severity. */
@Schema(description = "The result of inspecting a declaration")
public record InspectionResultForm(
        @Schema(description = "true when nothing was found") Boolean compliant,
        @Schema(description = "Required when not compliant") Finding.Category category,
        @Schema(description = "Required when not compliant") Finding.Severity severity,
        @Schema(description = "Free text, at most 1000 characters") String note) {

    /** The finding, or null for a compliant result; refuses inconsistent fields, naming them. */
    Finding finding() {
        List<InvalidInput.FieldProblem> problems = new ArrayList<>();
        if (compliant == null) {
            problems.add(new InvalidInput.FieldProblem("compliant", "is required: true or false"));
        } else if (compliant && (category != null || severity != null)) {
            problems.add(new InvalidInput.FieldProblem("category", "a compliant result has no category or severity"));
        } else if (!compliant) {
            if (category == null) {
                problems.add(new InvalidInput.FieldProblem("category", "is required when the result is not compliant"));
            }
            if (severity == null) {
                problems.add(new InvalidInput.FieldProblem("severity", "is required when the result is not compliant"));
            }
        }
        if (note != null && note.length() > 1000) {
            problems.add(new InvalidInput.FieldProblem("note", "must be at most 1000 characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return compliant ? null : new Finding(category, severity);
    }

    String noteText() {
        return note == null ? "" : note.strip();
    }
}
