package org.perfreview.localstack.service;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The portal (module {@code portal}) as the stack runs it: a fourth service with no database and no broker, started
 * once the identity provider is up, signing users in there and calling the three services with their tokens.
 *
 * @param oidcUrl      the realm's URL ({@code http://127.0.0.1:P/realms/perf-review})
 * @param clientId     the confidential client the portal signs in with
 * @param clientSecret its secret
 */
public record PortalSpec(Path jar, String oidcUrl, String clientId, String clientSecret) {
    public static final String MODULE = "portal";
    /** Its key in stack.json. */
    public static final String KEY = "portal";
    /** The stack.json keys of the services the portal calls. */
    public static final List<String> SERVICES = List.of("intake", "scoring", "report");

    public static PortalSpec of(Path repoRoot, String oidcUrl, String clientId, String clientSecret) {
        return new PortalSpec(repoRoot.resolve(MODULE).resolve("target/quarkus-app/quarkus-run.jar"), oidcUrl, clientId, clientSecret);
    }

    /** The services the portal calls that the stack does not run (a stack of stand-ins runs none of them). */
    public static List<String> missing(Map<String, String> serviceUrls) {
        return SERVICES.stream().filter(key -> !serviceUrls.containsKey(key)).toList();
    }

    /** What the portal reads from its environment (portal/src/main/resources/application.properties). */
    public Map<String, String> environment(Map<String, String> serviceUrls) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", oidcUrl);
        env.put("QUARKUS_OIDC_CLIENT_ID", clientId);
        env.put("QUARKUS_OIDC_CREDENTIALS_SECRET", clientSecret);
        env.put("PERF_INTAKE_URL", serviceUrls.get("intake"));
        env.put("PERF_SCORING_URL", serviceUrls.get("scoring"));
        env.put("PERF_REPORT_URL", serviceUrls.get("report"));
        return env;
    }

    public ServiceProcess launcher(int port, Map<String, String> serviceUrls, Path logFile) {
        return ServiceProcess.quarkusApp(MODULE, jar, port, environment(serviceUrls), logFile);
    }
}
