package org.perfreview.localstack.jwt;

import java.io.IOException;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/**
 * Signs RS256 JWTs the services accept: {@code iss=perf-review-local} (or the realm URL of the stack's identity
 * provider when it runs, see {@link #withIssuer}), {@code upn}, {@code groups=[role]},
 * {@code units} (unit codes, for role unit), {@code iat}, {@code exp} (12 h unless told).
 */
public final class Tokens {
    public static final String ISSUER = "perf-review-local";
    public static final String UNITS_CLAIM = "units";
    public static final Duration DEFAULT_TTL = Duration.ofHours(12);
    /** Classpath locations of the published test-only pair (see test-keys/README.md). */
    public static final String TEST_PRIVATE_KEY_RESOURCE = "test-keys/private.pem";
    public static final String TEST_PUBLIC_KEY_RESOURCE = "test-keys/public.pem";

    private final PrivateKey signingKey;
    private final String issuer;

    public Tokens(PrivateKey signingKey) {
        this(signingKey, ISSUER);
    }

    public Tokens(PrivateKey signingKey, String issuer) {
        this.signingKey = signingKey;
        this.issuer = issuer;
    }

    /** The same key, another {@code iss}. */
    public Tokens withIssuer(String otherIssuer) {
        return new Tokens(signingKey, otherIssuer);
    }

    public String issuer() {
        return issuer;
    }

    /** Tokens signed with a stack's key, e.g. {@code out/.stack/jwt/private.pem}. */
    public static Tokens fromPem(Path privateKeyPem) throws IOException {
        return new Tokens(PemKeys.readPrivate(privateKeyPem));
    }

    /** Tokens signed with the test-only key pair shipped in this jar; NOT a secret. */
    public static Tokens forTests() {
        return new Tokens(PemKeys.parsePrivate(PemKeys.classpathText(TEST_PRIVATE_KEY_RESOURCE)));
    }

    /** The public half of the test-only pair, for verifying in tests. */
    public static PublicKey testPublicKey() {
        return PemKeys.parsePublic(PemKeys.classpathText(TEST_PUBLIC_KEY_RESOURCE));
    }

    public String sign(String upn, Role role, List<String> units) {
        return sign(upn, role, units, DEFAULT_TTL);
    }

    public String sign(String upn, Role role, List<String> units, Duration ttl) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setSubject(upn);
        claims.setClaim("upn", upn);
        claims.setStringListClaim("groups", role.group());
        if (role == Role.UNIT) {
            claims.setStringListClaim(UNITS_CLAIM, List.copyOf(units));
        }
        NumericDate now = NumericDate.now();
        claims.setIssuedAt(now);
        NumericDate expires = NumericDate.fromSeconds(now.getValue());
        expires.addSeconds(ttl.toSeconds());
        claims.setExpirationTime(expires);
        claims.setGeneratedJwtId();
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(signingKey);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("cannot sign token", e);
        }
    }

    /** A budget unit's token; upn {@code unit-<first code>}. */
    public String unit(String... unitCodes) {
        if (unitCodes.length == 0) {
            throw new IllegalArgumentException("a unit token needs at least one unit code");
        }
        return sign("unit-" + unitCodes[0], Role.UNIT, Arrays.asList(unitCodes));
    }

    public String reviewer() {
        return sign("reviewer", Role.REVIEWER, List.of());
    }

    public String admin() {
        return sign("admin", Role.ADMIN, List.of());
    }
}
