package org.greenlane.server.launcher;

import org.greenlane.core.ledger.note.NoteVerifier;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a log verifier key given on the command line, as the key itself or as a file holding it. */
final class LogKeys {

    private LogKeys() {
    }

    /**
     * @throws IllegalArgumentException naming what is wrong with the key
     */
    static NoteVerifier verifier(String keyOrFile) {
        String key = keyOrFile.strip();
        Path file = Path.of(key);
        if (!key.contains("+") && Files.isRegularFile(file)) {
            try {
                key = Files.readString(file, StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new IllegalArgumentException("--key: cannot read " + file.toAbsolutePath() + " (" + e.getMessage() + ")", e);
            }
        }
        try {
            return NoteVerifier.parse(key);
        } catch (IllegalArgumentException bad) {
            throw new IllegalArgumentException("--key: " + bad.getMessage(), bad);
        }
    }
}
