package org.perfreview.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.strimzi.api.kafka.model.user.KafkaUserAuthorizationSimple;
import io.strimzi.api.kafka.model.user.acl.AclOperation;
import io.strimzi.api.kafka.model.user.acl.AclRule;
import io.strimzi.api.kafka.model.user.acl.AclRuleType;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.perfreview.deploy.support.DeployedService;
import org.perfreview.deploy.support.Kustomize;
import org.perfreview.deploy.support.MessagingChannels;
import org.perfreview.deploy.support.StrimziResources;
import org.perfreview.deploy.support.TopicCatalog;

/** Each KafkaUser may do exactly what its service is documented to do, and the services' code agrees. */
class KafkaAclTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> overlaysAndServices() {
        return Stream.of("dev", "prod").flatMap(o -> DeployedService.ALL.stream().map(s -> Arguments.of(o, s)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("overlaysAndServices")
    void aclsGrantExactlyTheDocumentedProduceAndConsume(String overlay, DeployedService service) {
        StrimziResources strimzi = StrimziResources.of(Kustomize.overlay(overlay));
        var authorization = strimzi.user(service.name()).getSpec().getAuthorization();
        assertThat(authorization).isInstanceOf(KafkaUserAuthorizationSimple.class);
        Map<String, Set<String>> granted = new TreeMap<>();
        for (AclRule rule : ((KafkaUserAuthorizationSimple) authorization).getAcls()) {
            assertThat(rule.getType()).as("deny rules are not used").isIn(null, AclRuleType.ALLOW);
            JsonNode resource = JSON.valueToTree(rule.getResource());
            assertThat(resource.path("patternType").asText("literal")).as("no prefix ACLs").isEqualTo("literal");
            String key = resource.path("type").asText() + ":" + resource.path("name").asText("*");
            rule.getOperations().forEach(op -> granted.computeIfAbsent(key, k -> new TreeSet<>()).add(op.toValue()));
        }
        assertThat(granted).isEqualTo(expectedAcls(service));
    }

    @Test
    void everyTopicHasAProducerAndConsumersReadOnlyKnownTopics() {
        Set<String> produced = new HashSet<>();
        Set<String> consumed = new HashSet<>();
        DeployedService.ALL.forEach(s -> {
            produced.addAll(s.produces());
            consumed.addAll(s.consumes());
        });
        assertThat(produced).containsExactlyInAnyOrderElementsOf(TopicCatalog.names());
        assertThat(TopicCatalog.names()).containsAll(consumed);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void incomingChannelsReadTheDocumentedTopicsInTheServicesGroup(DeployedService service) {
        MessagingChannels declared = MessagingChannels.of(service.config());
        if (service.consumes().isEmpty()) {
            assertThat(declared.consumedTopics()).as("%s is documented to consume nothing", service).isEmpty();
            return;
        }
        assumeTrue(declared.hasIncoming(), service + "/src/main/resources/application.properties declares no "
                + "incoming Kafka channel yet: its read ACLs were checked against the documented topology only");
        assertThat(declared.consumedTopics()).as("incoming topics of %s", service).isEqualTo(service.consumes());
        assertThat(declared.consumerGroups()).containsOnly(service.consumerGroup().orElseThrow());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void outboxAndChannelsWriteTheDocumentedTopics(DeployedService service) {
        MessagingChannels declared = MessagingChannels.of(service.config());
        assumeFalse(declared.producedTopics().isEmpty(), service + "/src/main/resources/application.properties lists no "
                + "produced topic (" + MessagingChannels.OUTBOX_TOPICS + ", outgoing or dead-letter channels) yet: "
                + "its write ACLs were checked against the documented topology only");
        if (declared.outboxTopics().isPresent()) {
            assertThat(declared.producedTopics()).as("topics %s writes", service).isEqualTo(service.produces());
        } else {
            assertThat(service.produces()).as("topics %s writes", service).containsAll(declared.producedTopics());
        }
    }

    static Stream<DeployedService> services() {
        return DeployedService.ALL.stream();
    }

    /** Idempotent producers: IdempotentWrite on the cluster, Write + Describe per topic; consumers: Read + Describe, group Read. */
    private static Map<String, Set<String>> expectedAcls(DeployedService service) {
        Map<String, Set<String>> expected = new TreeMap<>();
        if (!service.produces().isEmpty()) {
            expected.put("cluster:*", Set.of(AclOperation.IDEMPOTENTWRITE.toValue()));
        }
        service.produces().forEach(t -> expected.put("topic:" + t, Set.of(AclOperation.WRITE.toValue(), AclOperation.DESCRIBE.toValue())));
        service.consumes().forEach(t -> expected.put("topic:" + t, Set.of(AclOperation.READ.toValue(), AclOperation.DESCRIBE.toValue())));
        service.consumerGroup().ifPresent(g -> expected.put("group:" + g, Set.of(AclOperation.READ.toValue())));
        return expected;
    }
}
