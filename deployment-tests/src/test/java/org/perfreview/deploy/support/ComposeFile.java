package org.perfreview.deploy.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** docker-compose.yml at the repository root, plus the PostgreSQL init script it mounts. */
public record ComposeFile(JsonNode root) {
    private static final Pattern ROLE = Pattern.compile("CREATE ROLE (\\w+) LOGIN PASSWORD '([^']*)'", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATABASE = Pattern.compile("CREATE DATABASE (\\w+) OWNER (\\w+)", Pattern.CASE_INSENSITIVE);

    public static ComposeFile read() {
        return new ComposeFile(Yaml.single(ProjectFiles.resolve("docker-compose.yml")));
    }

    public JsonNode service(String name) {
        JsonNode service = root.path("services").path(name);
        if (service.isMissingNode()) {
            throw new AssertionError("docker-compose.yml has no service " + name);
        }
        return service;
    }

    public String env(String service, String name) {
        JsonNode value = service(service).path("environment").path(name);
        if (value.isMissingNode()) {
            throw new AssertionError(service + " sets no " + name);
        }
        return value.asText();
    }

    /** Compose's "${VAR:-default}" with VAR unset. */
    public static String withDefaults(String value) {
        return value.replaceAll("\\$\\{[A-Za-z0-9_]+:-([^}]*)}", "$1");
    }

    /** Database name to owner, from the init script's CREATE DATABASE ... OWNER statements. */
    public static Map<String, String> databaseOwners(String sql) {
        Map<String, String> owners = new LinkedHashMap<>();
        Matcher m = DATABASE.matcher(sql);
        while (m.find()) {
            owners.put(m.group(1), m.group(2));
        }
        return owners;
    }

    /** Login role to password, from the init script's CREATE ROLE statements. */
    public static Map<String, String> rolePasswords(String sql) {
        Map<String, String> roles = new LinkedHashMap<>();
        Matcher m = ROLE.matcher(sql);
        while (m.find()) {
            roles.put(m.group(1), m.group(2));
        }
        return roles;
    }
}
