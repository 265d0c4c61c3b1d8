package org.greenlane.core.ledger.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Text rules shared by C2SP signed notes, checkpoints and proofs, matching Go's note package. */
public final class NoteText {

    private NoteText() {
    }

    /** Strict UTF-8 decoding: malformed or overlong sequences give empty instead of U+FFFD. */
    public static Optional<String> decodeUtf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** True if the text is well-formed Unicode without ASCII control characters other than newline. */
    public static boolean isClean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A key name as Go's note package accepts it: non-empty, well-formed, no '+' and no Unicode white
     * space (Go's unicode.IsSpace: tab to carriage return, space, U+0085, U+00A0 and categories Z*).
     */
    public static boolean isKeyName(String name) {
        if (name.isEmpty() || !isWellFormed(name)) {
            return false;
        }
        return name.codePoints().noneMatch(c -> c == '+' || (c >= 0x09 && c <= 0x0D) || c == 0x85
                || Character.isSpaceChar(c));
    }

    private static boolean isWellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
