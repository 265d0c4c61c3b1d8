package org.greenlane.server.launcher;

import java.io.PrintStream;

/** A benchmark for {@code ./greenlane bench <name>}; registered in META-INF/services. */
public interface Benchmark {

    String name();

    String description();

    /** Prints progress and, as the last line, {@code RESULT name=<name> key=value ...}; returns the exit code. */
    int run(PrintStream out) throws Exception;
}
