package org.perfreview.localstack.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The realm {@code perf-review} as Keycloak imports it, from {@code identity/realm-template.json}: roles, the portal
 * client with the token mappers, the demo users. {@link #render} fills in what differs per stack: the portal client's
 * secret and the stack's RS256 signing key, imported as the highest-priority {@code rsa} key provider so Keycloak's
 * tokens verify with the same {@code public.pem} the services already trust.
 */
public final class RealmTemplate {
    public static final String RESOURCE = "identity/realm-template.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode template;

    private RealmTemplate(JsonNode template) {
        this.template = template;
    }

    public static RealmTemplate load() {
        try (InputStream in = RealmTemplate.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + RESOURCE);
            }
            return new RealmTemplate(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String realm() {
        return template.path("realm").asText();
    }

    /** The one confidential client (the portal). */
    public String portalClientId() {
        return template.path("clients").path(0).path("clientId").asText();
    }

    public List<String> roles() {
        List<String> roles = new ArrayList<>();
        template.path("roles").path("realm").forEach(r -> roles.add(r.path("name").asText()));
        return roles;
    }

    /** The demo users with their passwords (demo-only: they exist only in a local stack's realm). */
    public List<DemoUser> users() {
        List<DemoUser> users = new ArrayList<>();
        for (JsonNode user : template.path("users")) {
            users.add(new DemoUser(user.path("username").asText(), user.path("credentials").path(0).path("value").asText(),
                    user.path("firstName").asText() + user.path("lastName").asText(), texts(user.path("realmRoles")),
                    texts(user.path("attributes").path("units"))));
        }
        return users;
    }

    /** The representation to import, with this stack's client secret and signing key (PKCS#8 PEM). */
    public JsonNode render(String clientSecret, String privateKeyPem) {
        ObjectNode realm = template.deepCopy();
        ((ObjectNode) realm.path("clients").path(0)).put("secret", clientSecret);
        ObjectNode keyConfig = (ObjectNode) realm.path("components").path("org.keycloak.keys.KeyProvider").path(0).path("config");
        keyConfig.set("privateKey", JSON.createArrayNode().add(privateKeyPem));
        return realm;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array instanceof ArrayNode) {
            array.forEach(v -> values.add(v.asText()));
        }
        return values;
    }
}
