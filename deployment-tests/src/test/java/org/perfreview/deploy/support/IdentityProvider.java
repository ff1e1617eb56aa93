package org.perfreview.deploy.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Keycloak in a rendered overlay (k8s/base/keycloak): its Deployment, its settings resolved through the ConfigMaps,
 * the realm it imports, and the URLs the services derive from them.
 */
public record IdentityProvider(Manifests manifests, Deployment deployment) {
    public static final String NAME = "keycloak";
    private static final ObjectMapper JSON = new ObjectMapper();

    public static IdentityProvider of(Manifests manifests) {
        return new IdentityProvider(manifests, manifests.get("Deployment", NAME, Deployment.class));
    }

    public Container container() {
        return deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
    }

    /** envFrom ConfigMaps, then literal env entries. */
    public Map<String, String> settings() {
        Map<String, String> values = new LinkedHashMap<>();
        for (EnvFromSource source : container().getEnvFrom()) {
            values.putAll(manifests.get("ConfigMap", source.getConfigMapRef().getName(), ConfigMap.class).getData());
        }
        for (EnvVar env : container().getEnv()) {
            if (env.getValue() != null) {
                values.put(env.getName(), env.getValue());
            }
        }
        return values;
    }

    public Optional<RenderedService.SecretKey> secretSetting(String name) {
        return container().getEnv().stream()
                .filter(env -> env.getName().equals(name) && env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null)
                .findFirst()
                .map(env -> new RenderedService.SecretKey(env.getValueFrom().getSecretKeyRef().getName(),
                        env.getValueFrom().getSecretKeyRef().getKey()));
    }

    /** The port of the Service named keycloak. */
    public int httpPort() {
        return manifests.get("Service", NAME).at("/spec/ports/0/port").asInt();
    }

    /** The realm file of the ConfigMap mounted at Keycloak's import directory. */
    public JsonNode realm() {
        String configMap = deployment.getSpec().getTemplate().getSpec().getVolumes().stream()
                .filter(v -> v.getConfigMap() != null).findFirst().orElseThrow().getConfigMap().getName();
        String text = manifests.get("ConfigMap", configMap, ConfigMap.class).getData().values().iterator().next();
        try {
            return JSON.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** KC_HOSTNAME + /realms/NAME: the {@code iss} of the realm's tokens. */
    public String issuer() {
        return settings().get("KC_HOSTNAME") + "/realms/" + realm().path("realm").asText();
    }

    /** The realm's JSON Web Key Set through the in-cluster Service. */
    public String jwksUrl() {
        return "http://" + NAME + ":" + httpPort() + "/realms/" + realm().path("realm").asText() + "/protocol/openid-connect/certs";
    }
}
