package org.greenlane.server.exchange.internal.pact;

import java.util.List;
import java.util.stream.Collectors;

/** A PACT document that breaks the v3 data model; lists every problem with its field. */
public class InvalidPactDocument extends RuntimeException {

    private final transient List<DocumentProblem> problems;

    public InvalidPactDocument(List<DocumentProblem> problems) {
        super(problems.stream().map(DocumentProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public InvalidPactDocument(String field, String message) {
        this(List.of(new DocumentProblem(field, message)));
    }

    public List<DocumentProblem> problems() {
        return problems;
    }
}
