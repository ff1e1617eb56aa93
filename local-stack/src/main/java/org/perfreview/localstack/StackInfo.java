package org.perfreview.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import org.perfreview.localstack.identity.IdentityInfo;
import org.perfreview.localstack.jwt.Tokens;

/**
 * Where a running stack can be reached; written as {@code out/stack.json}:
 * {@code {"intake":"http://127.0.0.1:P", "scoring":..., "report":..., "kafka":"127.0.0.1:P",
 * "postgres":"jdbc:postgresql://127.0.0.1:P/", "workDir":"/abs/out/.stack"}}, plus {@code "identity":{...}} (an object)
 * when the stack runs the identity provider. Every other key is a service URL.
 *
 * @param services service key (intake, scoring, report) → base URL, in start order
 * @param kafka    bootstrap servers
 * @param postgres JDBC URL without database; append intake, scoring or report
 * @param workDir  the stack's work dir (logs, jwt keys, data)
 * @param identity the identity provider (issuer, portal client, demo users), or null when the stack runs none
 */
public record StackInfo(Map<String, String> services, String kafka, String postgres, Path workDir, IdentityInfo identity) {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public StackInfo {
        services = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(services));
        workDir = workDir.toAbsolutePath().normalize();
    }

    /** A stack without identity provider. */
    public StackInfo(Map<String, String> services, String kafka, String postgres, Path workDir) {
        this(services, kafka, postgres, workDir, null);
    }

    /** The {@code iss} the services accept: the realm URL when the identity provider runs, else {@link Tokens#ISSUER}. */
    public String issuer() {
        return identity != null ? identity.issuer() : Tokens.ISSUER;
    }

    public String intake() {
        return service("intake");
    }

    public String scoring() {
        return service("scoring");
    }

    public String report() {
        return service("report");
    }

    public String service(String key) {
        String url = services.get(key);
        if (url == null) {
            throw new NoSuchElementException("no service '" + key + "' in this stack (have " + services.keySet() + ")");
        }
        return url;
    }

    /** JDBC URL of one database of the stack's server. */
    public String jdbcUrl(String database) {
        return postgres + database;
    }

    public Path publicKeyFile() {
        return workDir.resolve("jwt/public.pem");
    }

    /** Tokens signed with this stack's private key and naming its {@link #issuer()} (the services trust only those). */
    public Tokens tokens() throws IOException {
        return Tokens.fromPem(workDir.resolve("jwt/private.pem")).withIssuer(issuer());
    }

    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        for (String key : new String[] {"intake", "scoring", "report"}) {
            if (services.containsKey(key)) {
                map.put(key, services.get(key));
            }
        }
        services.forEach(map::putIfAbsent);
        map.put("kafka", kafka);
        map.put("postgres", postgres);
        map.put("workDir", workDir.toString());
        if (identity != null) {
            map.put("identity", identity);
        }
        return map;
    }

    /** Writes atomically, so a reader polling for the file never sees half of it. */
    public void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        JSON.writeValue(tmp.toFile(), toMap());
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public static StackInfo read(Path file) throws IOException {
        ObjectNode tree = (ObjectNode) JSON.readTree(file.toFile());
        JsonNode identity = tree.remove("identity");
        Map<String, String> map = new LinkedHashMap<>();
        tree.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asText()));
        String kafka = map.remove("kafka");
        String postgres = map.remove("postgres");
        String workDir = map.remove("workDir");
        if (kafka == null || postgres == null) {
            throw new IOException(file + " lacks kafka or postgres");
        }
        Path dir = workDir != null ? Path.of(workDir) : file.toAbsolutePath().getParent().resolve(".stack");
        IdentityInfo idp = identity == null || identity.isNull() ? null : JSON.treeToValue(identity, IdentityInfo.class);
        return new StackInfo(map, kafka, postgres, dir, idp);
    }
}
