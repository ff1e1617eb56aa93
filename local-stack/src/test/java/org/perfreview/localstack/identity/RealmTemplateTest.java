package org.perfreview.localstack.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The realm template agrees with what the services read and the stack fills in. */
class RealmTemplateTest {
    private final RealmTemplate template = RealmTemplate.load();

    @Test
    void rolesAreTheServicesThreeAndEveryUnitUserHasUnits() {
        assertThat(template.roles()).containsExactly("unit", "reviewer", "admin");
        assertThat(template.users()).extracting(DemoUser::username).contains("admin", "reviewer-1", "reviewer-2");
        assertThat(template.users()).filteredOn(u -> u.roles().contains("unit"))
                .hasSizeBetween(3, 5).allSatisfy(u -> assertThat(u.units()).singleElement().asString().matches("\\d{6}"));
        assertThat(template.users()).filteredOn(u -> !u.roles().contains("unit")).allSatisfy(u -> assertThat(u.units()).isEmpty());
    }

    @Test
    void renderFillsTheSecretAndTheStacksKeyAndLeavesTheTemplateAlone() {
        JsonNode realm = template.render("s3cret", "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");

        assertThat(realm.at("/clients/0/secret").asText()).isEqualTo("s3cret");
        JsonNode key = realm.at("/components/org.keycloak.keys.KeyProvider/0");
        assertThat(key.path("providerId").asText()).isEqualTo("rsa");
        assertThat(key.at("/config/privateKey/0").asText()).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(key.at("/config/algorithm/0").asText()).isEqualTo("RS256");
        assertThat(template.render("other", "k").at("/clients/0/secret").asText()).isEqualTo("other");
        List<String> mapped = realm.at("/clients/0/protocolMappers").findValuesAsText("claim.name");
        assertThat(mapped).containsExactlyInAnyOrder("upn", "groups", "units");
        assertThat(realm.at("/clients/0/fullScopeAllowed").asBoolean(true)).as("groups carries only the three roles").isFalse();
    }
}
