package org.greenlane.server.footprint.systems;

import org.greenlane.server.platform.api.InvalidInput;

/** The record version a client edited, from its If-Match header (decision 008). */
public final class IfMatch {

    private IfMatch() {
    }

    public static int version(String ifMatch, String resource) {
        if (ifMatch == null) {
            throw new InvalidInput("If-Match", "is required: send the ETag from GET " + resource);
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Integer.parseInt(tag);
        } catch (NumberFormatException notAVersion) {
            throw new InvalidInput("If-Match", "'" + ifMatch + "' is not an ETag of this API");
        }
    }
}
