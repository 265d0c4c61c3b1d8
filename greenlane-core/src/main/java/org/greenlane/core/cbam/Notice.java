package org.greenlane.core.cbam;

import java.util.Objects;

/**
 * A visible record of a fallback, a clamp or an exemption the engine applied, with the rule that
 * required it, so no result is silently altered.
 */
public record Notice(LegalBasis basis, String message) {

    public Notice {
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return message + " (" + basis + ")";
    }
}
