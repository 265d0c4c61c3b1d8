package org.greenlane.core.ledger;

import org.greenlane.core.ledger.internal.Base64Text;
import org.greenlane.core.ledger.internal.Decimal;
import org.greenlane.core.ledger.internal.NoteText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;

/**
 * A C2SP tlog-checkpoint: the log's origin line, the tree size in decimal without leading zeros,
 * the base64 root hash and optional extension lines, each line ending in a newline. It is the text
 * of a signed note; signing and opening are done by the note package.
 */
public record Checkpoint(String origin, long size, byte[] rootHash, List<String> extensions) {

    public Checkpoint {
        requireLine(origin, "origin");
        if (size < 0) {
            throw new IllegalArgumentException("checkpoint tree size must be non-negative, was " + size);
        }
        rootHash = Rfc6962.requireHash(rootHash, "checkpoint root hash").clone();
        if (size == 0 && !Arrays.equals(rootHash, Rfc6962.emptyRoot())) {
            throw new IllegalArgumentException("a checkpoint of the empty tree must have the empty root SHA-256(\"\")");
        }
        extensions = List.copyOf(extensions);
        for (int i = 0; i < extensions.size(); i++) {
            requireLine(extensions.get(i), "extension line " + (i + 1));
        }
    }

    /** A checkpoint without extension lines. */
    public static Checkpoint of(String origin, long size, byte[] rootHash) {
        return new Checkpoint(origin, size, rootHash, List.of());
    }

    @Override
    public byte[] rootHash() {
        return rootHash.clone();
    }

    /** The checkpoint text, every line ending in a newline. */
    public String format() {
        StringBuilder text = new StringBuilder()
                .append(origin).append('\n')
                .append(size).append('\n')
                .append(Base64Text.encode(rootHash)).append('\n');
        extensions.forEach(line -> text.append(line).append('\n'));
        return text.toString();
    }

    /**
     * Parses checkpoint text strictly: exactly the lines above, canonical decimal and base64,
     * a 32-byte root hash, no empty line, and a final newline.
     *
     * @throws VerificationException naming the offending line
     */
    public static Checkpoint parse(String text) {
        if (text.isEmpty() || text.charAt(text.length() - 1) != '\n') {
            throw new VerificationException("checkpoint must end with a newline");
        }
        if (!NoteText.isClean(text)) {
            throw new VerificationException("checkpoint contains control characters or malformed Unicode");
        }
        List<String> lines = Arrays.asList(text.substring(0, text.length() - 1).split("\n", -1));
        if (lines.size() < 3) {
            throw new VerificationException("checkpoint needs origin, size and root hash lines, has " + lines.size() + " lines");
        }
        if (lines.get(0).isEmpty()) {
            throw new VerificationException("checkpoint origin (line 1) is empty");
        }
        OptionalLong size = Decimal.parse(lines.get(1));
        if (size.isEmpty()) {
            throw new VerificationException("checkpoint size (line 2) is not a decimal without leading zeros below 2^63: '"
                    + lines.get(1) + "'");
        }
        byte[] root = Base64Text.decode(lines.get(2)).orElseThrow(() ->
                new VerificationException("checkpoint root hash (line 3) is not canonical base64: '" + lines.get(2) + "'"));
        if (root.length != Rfc6962.HASH_SIZE) {
            throw new VerificationException("checkpoint root hash (line 3) has " + root.length + " bytes, expected "
                    + Rfc6962.HASH_SIZE);
        }
        List<String> extensions = new ArrayList<>(lines.subList(3, lines.size()));
        for (int i = 0; i < extensions.size(); i++) {
            if (extensions.get(i).isEmpty()) {
                throw new VerificationException("checkpoint line " + (i + 4) + " (an extension line) is empty");
            }
        }
        try {
            return new Checkpoint(lines.get(0), size.getAsLong(), root, extensions);
        } catch (IllegalArgumentException e) {
            throw new VerificationException(e.getMessage());
        }
    }

    private static void requireLine(String line, String what) {
        if (line.isEmpty() || line.indexOf('\n') >= 0 || !NoteText.isClean(line)) {
            throw new IllegalArgumentException("checkpoint " + what
                    + " must be one non-empty line without control characters, was '" + line + "'");
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Checkpoint that && origin.equals(that.origin) && size == that.size
                && Arrays.equals(rootHash, that.rootHash) && extensions.equals(that.extensions);
    }

    @Override
    public int hashCode() {
        return (origin.hashCode() * 31 + Long.hashCode(size)) * 31 + Arrays.hashCode(rootHash);
    }

    @Override
    public String toString() {
        return "Checkpoint[" + origin + ", size " + size + ", root " + Base64Text.encode(rootHash) + "]";
    }
}
