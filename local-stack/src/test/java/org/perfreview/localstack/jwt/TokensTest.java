package org.perfreview.localstack.jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Duration;
import java.util.List;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokensTest {
    @TempDir
    Path dir;

    @Test
    void unitTokenVerifiesAgainstThePublicPemAndCarriesTheClaims() throws Exception {
        KeyPair pair = PemKeys.ensurePair(dir);
        assertThat(Files.readString(dir.resolve("private.pem"))).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(Files.readString(dir.resolve("public.pem"))).startsWith("-----BEGIN PUBLIC KEY-----");
        Tokens tokens = Tokens.fromPem(dir.resolve("private.pem"));

        JwtClaims claims = verifier(PemKeys.readPublic(dir.resolve("public.pem"))).processToClaims(
                tokens.unit("101001", "101002"));

        assertThat(claims.getIssuer()).isEqualTo("perf-review-local");
        assertThat(claims.getClaimValueAsString("upn")).isEqualTo("unit-101001");
        assertThat(claims.getStringListClaimValue("groups")).containsExactly("unit");
        assertThat(claims.getStringListClaimValue("units")).containsExactly("101001", "101002");
        long lifetime = claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue();
        assertThat(lifetime).isEqualTo(Duration.ofHours(12).toSeconds());
        assertThat(pair.getPublic()).isEqualTo(PemKeys.readPublic(dir.resolve("public.pem")));
    }

    @Test
    void reviewerAndAdminTokensHaveNoUnitsAndTheRoleAsGroup() throws Exception {
        Tokens tokens = Tokens.forTests();
        JwtConsumer verifier = verifier(Tokens.testPublicKey());
        JwtClaims reviewer = verifier.processToClaims(tokens.reviewer());
        JwtClaims admin = verifier.processToClaims(tokens.sign("ops", Role.ADMIN, List.of("ignored"), Duration.ofMinutes(5)));
        assertThat(reviewer.getStringListClaimValue("groups")).containsExactly("reviewer");
        assertThat(reviewer.hasClaim("units")).isFalse();
        assertThat(admin.getStringListClaimValue("groups")).containsExactly("admin");
        assertThat(admin.getClaimValueAsString("upn")).isEqualTo("ops");
        assertThat(admin.hasClaim("units")).isFalse();
    }

    @Test
    void aTokenFromAnotherKeyOrAnExpiredOneIsRejected() throws Exception {
        String foreign = new Tokens(PemKeys.generate().getPrivate()).admin();
        assertThatThrownBy(() -> verifier(Tokens.testPublicKey()).processToClaims(foreign))
                .isInstanceOf(InvalidJwtException.class);
        String expired = Tokens.forTests().sign("u", Role.REVIEWER, List.of(), Duration.ofSeconds(-120));
        assertThatThrownBy(() -> verifier(Tokens.testPublicKey()).processToClaims(expired))
                .isInstanceOf(InvalidJwtException.class).hasMessageContaining("no longer valid");
    }

    @Test
    void ensurePairReusesAnExistingPair() throws Exception {
        KeyPair first = PemKeys.ensurePair(dir);
        KeyPair second = PemKeys.ensurePair(dir);
        assertThat(second.getPrivate()).isEqualTo(first.getPrivate());
    }

    private static JwtConsumer verifier(PublicKey key) {
        return new JwtConsumerBuilder()
                .setRequireExpirationTime()
                .setRequireIssuedAt()
                .setExpectedIssuer("perf-review-local")
                .setVerificationKey(key)
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
                .build();
    }
}
