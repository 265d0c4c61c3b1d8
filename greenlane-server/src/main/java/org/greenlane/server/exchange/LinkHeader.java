package org.greenlane.server.exchange;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads RFC 8288 {@code Link} headers: the target of {@code rel="next"}, the pagination link of PACT. */
final class LinkHeader {

    private static final Pattern LINK = Pattern.compile("<([^>]*)>((?:\\s*;\\s*[^;,]+)*)");
    private static final Pattern REL = Pattern.compile("(?i)rel\\s*=\\s*(\"([^\"]*)\"|([^\\s;,\"]+))");

    private LinkHeader() {
    }

    static Optional<URI> nextTarget(String header) {
        if (header == null) {
            return Optional.empty();
        }
        Matcher link = LINK.matcher(header);
        while (link.find()) {
            Matcher rel = REL.matcher(link.group(2));
            if (rel.find()) {
                String relations = rel.group(2) != null ? rel.group(2) : rel.group(3);
                for (String relation : relations.toLowerCase(Locale.ROOT).split("\\s+")) {
                    if (relation.equals("next")) {
                        return Optional.of(URI.create(link.group(1).strip()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    static String next(URI target) {
        return "<" + target + ">; rel=\"next\"";
    }
}
