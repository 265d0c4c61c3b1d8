package org.greenlane.core.customs;

import java.util.List;
import java.util.stream.Collectors;

/** A declaration file was refused as a whole; {@link #problems()} lists every offending row and column. */
public final class DeclarationFileException extends RuntimeException {

    private static final int SHOWN = 20;

    private final transient List<RowProblem> problems;

    public DeclarationFileException(String file, List<RowProblem> problems) {
        super(describe(file, problems));
        this.problems = List.copyOf(problems);
    }

    public List<RowProblem> problems() {
        return problems;
    }

    private static String describe(String file, List<RowProblem> problems) {
        String shown = problems.stream().limit(SHOWN).map(problem -> "  " + problem).collect(Collectors.joining("\n"));
        String more = problems.size() > SHOWN ? "\n  ... and " + (problems.size() - SHOWN) + " more" : "";
        return file + ": " + problems.size() + " problem(s), nothing was read:\n" + shown + more;
    }
}
