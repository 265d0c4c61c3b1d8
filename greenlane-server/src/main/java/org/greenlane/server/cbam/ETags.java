package org.greenlane.server.cbam;

import org.greenlane.server.platform.api.InvalidInput;

/** Versions as ETags and If-Match (decision 008). */
final class ETags {

    private ETags() {
    }

    static String of(int version) {
        return "\"" + version + "\"";
    }

    static int version(String ifMatch, String resource) {
        if (ifMatch == null) {
            throw new InvalidInput("If-Match", "is required: send the ETag from GET " + resource);
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        try {
            return Integer.parseInt(tag.replace("\"", ""));
        } catch (NumberFormatException notAVersion) {
            throw new InvalidInput("If-Match", "'" + ifMatch + "' is not an ETag of this API");
        }
    }
}
