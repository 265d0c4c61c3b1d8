package org.greenlane.server.platform.imports;

import java.nio.file.Path;

/**
 * Loads one kind of official dataset (for example an emission-factor table) from a file, in one
 * transaction: a file with errors is reported row by row and nothing of it is kept.
 * Capabilities register theirs as Spring beans; {@code ./greenlane import <name> <file>} runs them.
 */
public interface DatasetImporter {

    /** The name users type, e.g. {@code cbam-defaults}. */
    String name();

    /** One line for the list of known datasets. */
    String description();

    ImportReport importFile(Path file);
}
