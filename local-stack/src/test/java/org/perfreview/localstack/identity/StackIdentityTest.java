package org.perfreview.localstack.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfreview.localstack.LocalStack;
import org.perfreview.localstack.StackConfig;
import org.perfreview.localstack.StackInfo;
import org.perfreview.localstack.jwt.PemKeys;
import org.perfreview.localstack.service.ServiceSpec;
import org.perfreview.localstack.service.StandIns;

/**
 * The real Keycloak through the stack: a unit signs in by the authorization-code flow and gets a token with the claims
 * the services read, signed with the stack's key under the realm's issuer, which is what the services are told to
 * expect. The first run on a machine also prepares the Keycloak cache (minutes); later runs reuse it.
 */
class StackIdentityTest {
    private static final String PASSWORD = "perf-review-demo";

    @TempDir
    Path dir;

    @Test
    void aUnitSignsInByTheCodeFlowAndItsTokenCarriesTheClaimsTheServicesRead() throws Exception {
        ServiceSpec standIn = new ServiceSpec("standin-service", "standin", StandIns.jar(dir), "standin", Map.of());
        StackConfig config = StackConfig.builder().workDir(dir.resolve("out/.stack")).services(List.of(standIn))
                .identity(true).shutdownHook(false).build();
        Instant begin = Instant.now();
        try (LocalStack stack = LocalStack.start(config)) {
            System.out.printf("stack with identity provider up in %d ms%n", Duration.between(begin, Instant.now()).toMillis());
            StackInfo info = stack.info();
            IdentityInfo identity = info.identity();
            assertThat(identity.issuer()).isEqualTo(identity.url() + "/realms/perf-review");
            assertThat(StackInfo.read(dir.resolve("out/stack.json"))).isEqualTo(info);
            assertThat(StandIns.environmentOf(info.service("standin")))
                    .containsEntry("MP_JWT_VERIFY_ISSUER", identity.issuer());

            Instant signIn = Instant.now();
            JwtClaims unit = verify(info, new CodeFlowSignIn(identity).accessToken("unit-201001", PASSWORD));
            System.out.printf("code-flow sign-in in %d ms%n", Duration.between(signIn, Instant.now()).toMillis());
            assertThat(unit.getIssuer()).isEqualTo(identity.issuer());
            assertThat(unit.getStringListClaimValue("groups")).containsExactly("unit");
            assertThat(unit.getStringListClaimValue("units")).containsExactly("201001");
            assertThat(unit.getStringClaimValue("upn")).isEqualTo("unit-201001");

            JwtClaims reviewer = verify(info, new CodeFlowSignIn(identity).accessToken("reviewer-1", PASSWORD));
            assertThat(reviewer.getStringListClaimValue("groups")).containsExactly("reviewer");
            assertThat(reviewer.hasClaim("units")).isFalse();

            assertThat(verify(info, info.tokens().reviewer()).getIssuer()).as("the stack's own tokens name the realm too")
                    .isEqualTo(identity.issuer());
            assertThatThrownBy(() -> new CodeFlowSignIn(identity).accessToken("unit-201001", "wrong"))
                    .isInstanceOf(IOException.class).hasMessageContaining("refused");
        }
    }

    private static JwtClaims verify(StackInfo info, String token) throws IOException, InvalidJwtException {
        JwtConsumer consumer = new JwtConsumerBuilder().setExpectedIssuer(info.issuer()).setSkipDefaultAudienceValidation()
                .setRequireExpirationTime().setVerificationKey(PemKeys.readPublic(info.publicKeyFile())).build();
        return consumer.processToClaims(token);
    }
}
