package org.greenlane.server.platform.tls;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;

/**
 * The TLS identity of a Greenlane instance that has no configured keystore: a self-signed
 * certificate for localhost, generated once under {@code var/tls} and reused, so that HTTPS works
 * on first start and browsers see the same certificate across restarts.
 */
public final class SelfSignedKeystore {

    public static final String ALIAS = "greenlane";
    private static final Duration VALIDITY = Duration.ofDays(825);

    private final Path keystore;
    private final Path passwordFile;

    public SelfSignedKeystore(Path directory) {
        this.keystore = directory.resolve("greenlane.p12");
        this.passwordFile = directory.resolve("greenlane.p12.password");
    }

    public Path keystore() {
        return keystore;
    }

    /** Returns the keystore password, creating keystore and password on first use. */
    public String ensure() {
        try {
            if (Files.exists(keystore) && Files.exists(passwordFile)) {
                String password = Files.readString(passwordFile, StandardCharsets.UTF_8).strip();
                if (stillValid(password)) {
                    return password;
                }
            }
            return generate();
        } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("Cannot create the self-signed TLS keystore " + keystore + ": " + e.getMessage(), e);
        }
    }

    private boolean stillValid(String password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, password.toCharArray());
        }
        Certificate certificate = store.getCertificate(ALIAS);
        return certificate instanceof X509Certificate x509
                && x509.getNotAfter().toInstant().isAfter(Instant.now().plus(Duration.ofDays(1)));
    }

    private String generate() throws IOException, GeneralSecurityException, OperatorCreationException {
        Files.createDirectories(keystore.getParent());
        SecureRandom random = new SecureRandom();
        byte[] secret = new byte[24];
        random.nextBytes(secret);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);

        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256, random);
        KeyPair pair = generator.generateKeyPair();
        Instant now = Instant.now();
        X500Name subject = new X500Name("CN=localhost, O=Greenlane (self-signed)");
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
                new BigInteger(64, random), Date.from(now.minus(Duration.ofMinutes(5))), Date.from(now.plus(VALIDITY)),
                subject, pair.getPublic());
        builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(subjectNames()));
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
        X509Certificate certificate = new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));

        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(ALIAS, pair.getPrivate(), password.toCharArray(), new Certificate[]{certificate});
        try (OutputStream out = Files.newOutputStream(keystore)) {
            store.store(out, password.toCharArray());
        }
        Files.writeString(passwordFile, password + "\n", StandardCharsets.UTF_8);
        restrictToOwner(keystore);
        restrictToOwner(passwordFile);
        return password;
    }

    private static GeneralName[] subjectNames() {
        List<GeneralName> names = new ArrayList<>(List.of(
                new GeneralName(GeneralName.dNSName, "localhost"),
                new GeneralName(GeneralName.iPAddress, "127.0.0.1"),
                new GeneralName(GeneralName.iPAddress, "::1")));
        try {
            String host = InetAddress.getLocalHost().getHostName();
            if (!"localhost".equals(host)) {
                names.add(new GeneralName(GeneralName.dNSName, host));
            }
        } catch (IOException unknownHost) {
            // localhost alone still serves the demo.
        }
        return names.toArray(GeneralName[]::new);
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file system's ACLs apply.
        }
    }
}
