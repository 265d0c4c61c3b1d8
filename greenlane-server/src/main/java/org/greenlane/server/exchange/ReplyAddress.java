package org.greenlane.server.exchange;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Where to answer a requester that has no registered PACT host: the {@code source} of its
 * RequestCreatedEvent, when that is a public https address. The PACT examples write sources as
 * {@code //host/path}; those are read as https. Loopback, private and link-local addresses are
 * refused, so a partner cannot make this platform call into its own network.
 */
final class ReplyAddress {

    private ReplyAddress() {
    }

    /** The https URL a source names, if it may be answered; checked again when delivering. */
    static Optional<URI> of(String source) {
        String text = source.strip();
        if (text.startsWith("//")) {
            text = "https:" + text;
        }
        try {
            URI uri = new URI(text);
            if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null || uri.getUserInfo() != null
                    || "localhost".equalsIgnoreCase(uri.getHost()) || uri.getHost().toLowerCase(Locale.ROOT).endsWith(".localhost")
                    || literalIsPrivate(uri.getHost())) {
                return Optional.empty();
            }
            return Optional.of(uri);
        } catch (URISyntaxException notAUri) {
            return Optional.empty();
        }
    }

    /** True when every address the host resolves to is public. */
    static boolean resolvesPublicly(URI uri) {
        try {
            for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                if (isPrivate(address)) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException unknown) {
            return false;
        }
    }

    private static boolean literalIsPrivate(String host) {
        boolean ipv4 = host.matches("[0-9.]+");
        boolean ipv6 = host.startsWith("[") || host.contains(":");
        if (!ipv4 && !ipv6) {
            return false;
        }
        try {
            // A literal is parsed, not looked up.
            return isPrivate(InetAddress.getByName(host));
        } catch (UnknownHostException malformed) {
            return true;
        }
    }

    private static boolean isPrivate(InetAddress address) {
        byte[] raw = address.getAddress();
        boolean uniqueLocalV6 = raw.length == 16 && (raw[0] & 0xfe) == 0xfc;
        return address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress() || uniqueLocalV6;
    }
}
