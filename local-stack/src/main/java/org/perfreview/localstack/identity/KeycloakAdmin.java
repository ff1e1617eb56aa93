package org.perfreview.localstack.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The few calls of Keycloak's admin REST API the stack makes, as the master realm's bootstrap admin: replace a realm
 * by a full representation ({@code POST /admin/realms}, which imports roles, clients, users and key providers).
 */
final class KeycloakAdmin {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String url;
    private final String accessToken;

    private KeycloakAdmin(String url, String accessToken) {
        this.url = url;
        this.accessToken = accessToken;
    }

    /** Signs in to the master realm with the admin-cli client (password grant). */
    static KeycloakAdmin login(String url, String username, String password) throws IOException {
        KeycloakAdmin anonymous = new KeycloakAdmin(url, null);
        String form = "grant_type=password&client_id=admin-cli&username=" + encode(username) + "&password=" + encode(password);
        HttpResponse<String> reply = anonymous.send(HttpRequest.newBuilder(URI.create(url + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (reply.statusCode() != 200) {
            throw new IOException("Keycloak admin sign-in at " + url + " failed: " + reply.statusCode() + " " + reply.body());
        }
        return new KeycloakAdmin(url, JSON.readTree(reply.body()).path("access_token").asText());
    }

    /** Deletes the realm if it exists, then creates it from the representation. */
    void replaceRealm(JsonNode realm) throws IOException {
        String name = realm.path("realm").asText();
        HttpResponse<String> existing = send(authorized("/admin/realms/" + name).GET());
        if (existing.statusCode() == 200) {
            expect(send(authorized("/admin/realms/" + name).DELETE()), 204, "delete realm " + name);
        }
        expect(send(authorized("/admin/realms").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(realm)))), 201, "create realm " + name);
    }

    private HttpRequest.Builder authorized(String path) {
        return HttpRequest.newBuilder(URI.create(url + path)).header("Authorization", "Bearer " + accessToken);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
        try {
            return http.send(request.timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while calling Keycloak at " + url, e);
        }
    }

    private static void expect(HttpResponse<String> reply, int status, String what) throws IOException {
        if (reply.statusCode() != status) {
            throw new IOException("Keycloak: " + what + " answered " + reply.statusCode() + " " + reply.body());
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
