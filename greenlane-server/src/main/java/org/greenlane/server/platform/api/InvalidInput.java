package org.greenlane.server.platform.api;

import java.util.List;

/** Input that fails a business rule; answered 400 with the fields named. */
public class InvalidInput extends RuntimeException {

    public record FieldProblem(String field, String message) {
    }

    private final transient List<FieldProblem> errors;

    public InvalidInput(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public InvalidInput(List<FieldProblem> errors) {
        super(errors.toString());
        this.errors = List.copyOf(errors);
    }

    public List<FieldProblem> errors() {
        return errors;
    }
}
