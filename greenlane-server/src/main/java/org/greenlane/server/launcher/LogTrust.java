package org.greenlane.server.launcher;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.Locale;

/**
 * Whom a log client trusts over HTTPS: the JDK's CAs by default, the certificates of a PEM file or a
 * PKCS#12 keystore with {@code --ca} (e.g. a server's self-signed var/tls/greenlane.p12), or, only
 * when asked with {@code --insecure}, anyone. Trusting anyone is safe for the log's data, which is
 * verified against the log key, but not for the connection.
 */
final class LogTrust {

    private LogTrust() {
    }

    static SSLContext context(Path ca, String caPassword, boolean insecure) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            if (insecure) {
                context.init(null, new TrustManager[]{new AnyCertificate()}, new SecureRandom());
            } else if (ca != null) {
                TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                trust.init(trusted(ca, caPassword));
                context.init(null, trust.getTrustManagers(), new SecureRandom());
            } else {
                context.init(null, null, new SecureRandom());
            }
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("--ca: cannot read trusted certificates from " + ca + " (" + e.getMessage() + ")", e);
        }
    }

    private static KeyStore trusted(Path ca, String password) throws IOException, GeneralSecurityException {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        String name = ca.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".p12") || name.endsWith(".pfx")) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(ca)) {
                store.load(in, password(ca, password));
            }
            for (String alias : Collections.list(store.aliases())) {
                Certificate certificate = store.getCertificate(alias);
                if (certificate != null) {
                    trusted.setCertificateEntry(alias, certificate);
                }
            }
        } else {
            try (InputStream in = Files.newInputStream(ca)) {
                int i = 0;
                for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                    trusted.setCertificateEntry("ca-" + i++, certificate);
                }
            }
        }
        if (trusted.size() == 0) {
            throw new GeneralSecurityException("no certificate found");
        }
        return trusted;
    }

    /** The given password, else the one in {@code <file>.password} next to it (how Greenlane stores its own). */
    private static char[] password(Path keystore, String given) throws IOException {
        if (given != null) {
            return given.toCharArray();
        }
        Path beside = keystore.resolveSibling(keystore.getFileName() + ".password");
        if (Files.isReadable(beside)) {
            return Files.readString(beside, StandardCharsets.UTF_8).strip().toCharArray();
        }
        throw new IOException("a PKCS#12 file needs --ca-password (or a " + beside.getFileName() + " file beside it)");
    }

    /** Extended, so that JSSE does not add its own host name check on top: --insecure means no check at all. */
    private static final class AnyCertificate extends X509ExtendedTrustManager {

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
            throw new UnsupportedOperationException("a log client does not authenticate clients");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
            throw new UnsupportedOperationException("a log client does not authenticate clients");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
            throw new UnsupportedOperationException("a log client does not authenticate clients");
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
            // --insecure: the operator chose to accept any server certificate.
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
            // --insecure, as above.
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
            // --insecure, as above.
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
