package org.perfreview.localstack.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs a user in the way a browser and the portal do, for tests and scripts: the OpenID Connect authorization-code
 * flow with PKCE against the stack's realm. GET the authorization endpoint, POST Keycloak's login form, follow the
 * redirect to a listener on 127.0.0.1, exchange the code at the token endpoint as the confidential portal client.
 */
public final class CodeFlowSignIn {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    private final IdentityInfo identity;
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    /**
     * Keycloak marks its session cookies {@code Secure}; browsers still send them to 127.0.0.1 (a trustworthy origin),
     * java.net's CookieManager does not, so the few cookies of one sign-in are kept here.
     */
    private final Map<String, String> cookies = new LinkedHashMap<>();

    public CodeFlowSignIn(IdentityInfo identity) {
        this.identity = identity;
    }

    /** The token response ({@code access_token}, {@code id_token}, {@code refresh_token}...); IOException if refused. */
    public JsonNode signIn(String username, String password) throws IOException, InterruptedException {
        String state = random();
        String verifier = random() + random();
        CompletableFuture<Map<String, String>> callback = new CompletableFuture<>();
        HttpServer listener = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        listener.createContext("/callback", exchange -> {
            callback.complete(query(exchange.getRequestURI().getRawQuery()));
            byte[] body = "signed in".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        listener.start();
        try {
            String redirectUri = "http://127.0.0.1:" + listener.getAddress().getPort() + "/callback";
            String authorize = identity.issuer() + "/protocol/openid-connect/auth?response_type=code&scope=openid"
                    + "&client_id=" + encode(identity.portalClientId()) + "&redirect_uri=" + encode(redirectUri)
                    + "&state=" + state + "&code_challenge_method=S256&code_challenge=" + challenge(verifier);
            HttpResponse<String> loginPage = send(HttpRequest.newBuilder(URI.create(authorize)).GET());
            Matcher form = LOGIN_FORM.matcher(loginPage.body());
            if (loginPage.statusCode() != 200 || !form.find()) {
                throw new IOException("no login form at " + authorize + ": " + loginPage.statusCode());
            }
            HttpResponse<String> posted = send(HttpRequest.newBuilder(URI.create(form.group(1).replace("&amp;", "&")))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(username) + "&password="
                            + encode(password) + "&credentialId=")));
            String location = posted.headers().firstValue("Location").orElse("");
            if (posted.statusCode() != 302 || !location.startsWith(redirectUri)) {
                throw new IOException("sign-in of " + username + " refused: " + posted.statusCode() + " " + location
                        + errorText(posted.body()));
            }
            send(HttpRequest.newBuilder(URI.create(location)).GET());
            Map<String, String> params = callback.get(10, TimeUnit.SECONDS);
            if (!state.equals(params.get("state")) || params.get("code") == null) {
                throw new IOException("callback without the code or with another state: " + params);
            }
            return exchange(params.get("code"), redirectUri, verifier);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IOException("the redirect never reached the listener", e);
        } finally {
            listener.stop(0);
        }
    }

    /** Only the access token (what a service gets as bearer). */
    public String accessToken(String username, String password) throws IOException, InterruptedException {
        return signIn(username, password).path("access_token").asText();
    }

    private JsonNode exchange(String code, String redirectUri, String verifier) throws IOException, InterruptedException {
        String form = "grant_type=authorization_code&code=" + encode(code) + "&redirect_uri=" + encode(redirectUri)
                + "&code_verifier=" + verifier + "&client_id=" + encode(identity.portalClientId())
                + "&client_secret=" + encode(identity.portalClientSecret());
        HttpResponse<String> reply = send(HttpRequest.newBuilder(URI.create(identity.issuer() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
        if (reply.statusCode() != 200) {
            throw new IOException("code exchange failed: " + reply.statusCode() + " " + reply.body());
        }
        return JSON.readTree(reply.body());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (!cookies.isEmpty()) {
            request.header("Cookie", String.join("; ", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
        }
        HttpResponse<String> reply = http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        for (String header : reply.headers().allValues("Set-Cookie")) {
            String[] nameValue = header.split(";", 2)[0].split("=", 2);
            if (header.toLowerCase(java.util.Locale.ROOT).contains("max-age=0") || nameValue.length < 2) {
                cookies.remove(nameValue[0].trim());
            } else {
                cookies.put(nameValue[0].trim(), nameValue[1].trim());
            }
        }
        return reply;
    }

    /** The message Keycloak's login page shows (e.g. "Invalid username or password."), if any. */
    private static String errorText(String page) {
        Matcher m = Pattern.compile("id=\"input-error\"[^>]*>\\s*([^<]+)").matcher(page);
        return m.find() ? " (" + m.group(1).trim() + ")" : "";
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> params = new LinkedHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                String[] kv = pair.split("=", 2);
                params.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        return params;
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String random() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
