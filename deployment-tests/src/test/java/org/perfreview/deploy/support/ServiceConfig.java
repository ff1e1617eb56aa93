package org.perfreview.deploy.support;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service's {@code src/main/resources/application.properties} as the prod profile sees it:
 * {@code %prod.key} wins over {@code key}; keys of other profiles are ignored.
 */
public final class ServiceConfig {
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}:]+)(?::([^}]*))?}");
    private static final String PROD = "%prod.";

    private final String service;
    private final Properties properties;

    private ServiceConfig(String service, Properties properties) {
        this.service = service;
        this.properties = properties;
    }

    public static ServiceConfig of(String service) {
        Path file = ProjectFiles.resolve(service + "/src/main/resources/application.properties");
        Properties properties = new Properties();
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new ServiceConfig(service, properties);
    }

    public String service() {
        return service;
    }

    /** Keys visible in prod, without the profile prefix. */
    public Set<String> keys() {
        Set<String> keys = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith(PROD)) {
                keys.add(key.substring(PROD.length()));
            } else if (!key.startsWith("%")) {
                keys.add(key);
            }
        }
        return keys;
    }

    /** The raw prod value, expressions not expanded. */
    public Optional<String> raw(String key) {
        return Optional.ofNullable(properties.getProperty(PROD + key, properties.getProperty(key)));
    }

    /** The prod value with {@code ${VAR:default}} replaced by its default (what applies when VAR is unset). */
    public String valueOr(String key, String fallback) {
        return raw(key).map(ServiceConfig::withDefaults).orElse(fallback);
    }

    /** Environment/config names referenced as {@code ${NAME}} with no default: prod cannot start without them. */
    public Set<String> referencesWithoutDefault() {
        Set<String> names = new TreeSet<>();
        for (String key : keys()) {
            Matcher m = EXPRESSION.matcher(raw(key).orElse(""));
            while (m.find()) {
                if (m.group(2) == null) {
                    names.add(m.group(1));
                }
            }
        }
        return names;
    }

    public int httpPort() {
        return Integer.parseInt(valueOr("quarkus.http.port", "8080").trim());
    }

    /** Health endpoint path as SmallRye Health serves it under the non-application root. */
    public String healthPath(String check) {
        String root = valueOr("quarkus.http.non-application-root-path", "q");
        String health = valueOr("quarkus.smallrye-health.root-path", "health");
        String sub = valueOr("quarkus.smallrye-health." + check + "-path", switch (check) {
            case "liveness" -> "live";
            case "readiness" -> "ready";
            case "startup" -> "started";
            default -> throw new IllegalArgumentException(check);
        });
        if (health.startsWith("/")) {
            return join(health, sub);
        }
        return join(join("/" + strip(root), health), sub);
    }

    private static String join(String base, String part) {
        return part.startsWith("/") ? part : strip(base) + "/" + strip(part);
    }

    private static String strip(String path) {
        String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return p.startsWith("//") ? p.substring(1) : p;
    }

    private static String withDefaults(String value) {
        Matcher m = EXPRESSION.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(2) == null ? m.group(0) : m.group(2)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
