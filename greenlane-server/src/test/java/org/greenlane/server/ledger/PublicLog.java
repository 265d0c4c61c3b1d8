package org.greenlane.server.ledger;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;

/** An anonymous client of the public /log endpoints that reads bodies as bytes (tiles are binary). */
final class PublicLog {

    private final int port;
    private final HttpClient client;

    PublicLog(int port, Path tlsDirectory) {
        this.port = port;
        this.client = HttpClient.newBuilder().sslContext(trusting(tlsDirectory)).build();
    }

    HttpResponse<byte[]> get(String path) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create("https://localhost:" + port + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static SSLContext trusting(Path tlsDirectory) {
        try {
            char[] password = Files.readString(tlsDirectory.resolve("greenlane.p12.password")).strip().toCharArray();
            KeyStore keystore = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(tlsDirectory.resolve("greenlane.p12"))) {
                keystore.load(in, password);
            }
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            trusted.setCertificateEntry("greenlane", keystore.getCertificate("greenlane"));
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot trust the test server's certificate in " + tlsDirectory, e);
        }
    }
}
