package org.perfreview.localstack.jwt;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/** RSA keys as PEM: private keys PKCS#8 ("BEGIN PRIVATE KEY"), public keys X.509 ("BEGIN PUBLIC KEY"). */
public final class PemKeys {
    public static final String PRIVATE_FILE = "private.pem";
    public static final String PUBLIC_FILE = "public.pem";

    private PemKeys() {
    }

    public static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reuses {@code dir/private.pem} + {@code dir/public.pem} if both exist, else writes a new pair. */
    public static KeyPair ensurePair(Path dir) throws IOException {
        Path privateFile = dir.resolve(PRIVATE_FILE);
        Path publicFile = dir.resolve(PUBLIC_FILE);
        if (Files.exists(privateFile) && Files.exists(publicFile)) {
            return new KeyPair(readPublic(publicFile), readPrivate(privateFile));
        }
        KeyPair pair = generate();
        Files.createDirectories(dir);
        Files.writeString(privateFile, encode("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
        Files.writeString(publicFile, encode("PUBLIC KEY", pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
        return pair;
    }

    public static PrivateKey readPrivate(Path file) throws IOException {
        return parsePrivate(Files.readString(file, StandardCharsets.US_ASCII));
    }

    public static PublicKey readPublic(Path file) throws IOException {
        return parsePublic(Files.readString(file, StandardCharsets.US_ASCII));
    }

    public static PrivateKey parsePrivate(String pem) {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(decode(pem)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a PKCS#8 RSA private key", e);
        }
    }

    public static PublicKey parsePublic(String pem) {
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(decode(pem)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an X.509 RSA public key", e);
        }
    }

    static String encode(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    public static String classpathText(String resource) {
        try (InputStream in = PemKeys.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] decode(String pem) {
        String base64 = pem.replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(base64);
    }
}
