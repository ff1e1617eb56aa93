package org.perfreview.deploy.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import java.util.Map;
import java.util.Optional;

/**
 * Typed models for the kinds this project deploys: fabric8 for core Kubernetes, Strimzi's api jar
 * for its custom resources. CloudNativePG has no Java model; {@link CnpgClusterSchema} covers it.
 */
public final class Models {
    public static final String CNPG_API_VERSION = "postgresql.cnpg.io/v1";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<String, Class<?>> BY_API_KIND = Map.ofEntries(
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Namespace", Namespace.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("networking.k8s.io/v1/Ingress", Ingress.class),
            Map.entry("kafka.strimzi.io/v1/Kafka", Kafka.class),
            Map.entry("kafka.strimzi.io/v1/KafkaNodePool", KafkaNodePool.class),
            Map.entry("kafka.strimzi.io/v1/KafkaTopic", KafkaTopic.class),
            Map.entry("kafka.strimzi.io/v1/KafkaUser", KafkaUser.class));

    private Models() {
    }

    /** The model class for a document's apiVersion and kind, if this project knows it. */
    public static Optional<Class<?>> typeOf(JsonNode document) {
        return Optional.ofNullable(BY_API_KIND.get(document.path("apiVersion").asText() + "/" + document.path("kind").asText()));
    }

    public static <T> T convert(JsonNode document, Class<T> type) {
        try {
            return MAPPER.treeToValue(document, type);
        } catch (Exception e) {
            throw new AssertionError("cannot read " + describe(document) + " as " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    public static boolean isCnpgCluster(JsonNode document) {
        return CNPG_API_VERSION.equals(document.path("apiVersion").asText()) && "Cluster".equals(document.path("kind").asText());
    }

    public static String describe(JsonNode document) {
        return document.path("kind").asText("?") + "/" + document.path("metadata").path("name").asText("?");
    }
}
