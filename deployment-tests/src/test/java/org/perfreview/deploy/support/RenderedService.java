package org.perfreview.deploy.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.KeyToPath;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** One service's Deployment in a rendered overlay, with its environment resolved through the ConfigMaps. */
public record RenderedService(Manifests manifests, DeployedService service, Deployment deployment) {

    /** A Secret key a file or variable comes from. */
    public record SecretKey(String secret, String key) {
    }

    public static RenderedService of(String overlay, DeployedService service) {
        Manifests manifests = Kustomize.overlay(overlay);
        return new RenderedService(manifests, service, manifests.get("Deployment", service.name(), Deployment.class));
    }

    public Container container() {
        return deployment.getSpec().getTemplate().getSpec().getContainers().stream()
                .filter(c -> c.getName().equals(service.name()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no container named " + service.name()));
    }

    public Map<String, String> podLabels() {
        return deployment.getSpec().getTemplate().getMetadata().getLabels();
    }

    /** Plain values: envFrom ConfigMaps first, then literal env entries (which win, as in Kubernetes). */
    public Map<String, String> settings() {
        Map<String, String> values = new LinkedHashMap<>();
        for (EnvFromSource source : container().getEnvFrom()) {
            assertThat(source.getConfigMapRef()).as("envFrom of %s uses ConfigMaps only", service).isNotNull();
            String name = source.getConfigMapRef().getName();
            values.putAll(manifests.get("ConfigMap", name, ConfigMap.class).getData());
        }
        for (EnvVar env : container().getEnv()) {
            if (env.getValue() != null) {
                values.put(env.getName(), env.getValue());
            }
        }
        return values;
    }

    public Optional<SecretKey> secretSetting(String name) {
        return container().getEnv().stream()
                .filter(env -> env.getName().equals(name) && env.getValueFrom() != null)
                .map(env -> env.getValueFrom().getSecretKeyRef())
                .filter(ref -> ref != null)
                .findFirst()
                .map((SecretKeySelector ref) -> new SecretKey(ref.getName(), ref.getKey()));
    }

    public boolean provides(String name) {
        return settings().containsKey(name) || secretSetting(name).isPresent();
    }

    /** The Secret key that the file at {@code path} is projected from, if a secret volume mounts it. */
    public Optional<SecretKey> secretFileAt(String path) {
        for (VolumeMount mount : container().getVolumeMounts()) {
            String dir = mount.getMountPath().endsWith("/") ? mount.getMountPath() : mount.getMountPath() + "/";
            if (!path.startsWith(dir)) {
                continue;
            }
            String relative = path.substring(dir.length());
            Volume volume = volume(mount.getName());
            if (volume.getSecret() == null) {
                return Optional.empty();
            }
            for (KeyToPath item : volume.getSecret().getItems()) {
                if (item.getPath().equals(relative)) {
                    return Optional.of(new SecretKey(volume.getSecret().getSecretName(), item.getKey()));
                }
            }
        }
        return Optional.empty();
    }

    public Volume volume(String name) {
        return deployment.getSpec().getTemplate().getSpec().getVolumes().stream()
                .filter(v -> v.getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("volume " + name + " not declared in " + service));
    }
}
