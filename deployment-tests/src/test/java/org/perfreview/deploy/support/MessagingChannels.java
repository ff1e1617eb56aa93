package org.perfreview.deploy.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a service's application.properties says it reads and writes on Kafka: its channels
 * ({@code mp.messaging.incoming|outgoing.<channel>.<attribute>}, as SmallRye Reactive Messaging reads
 * them) and the topics its outbox relay publishes to ({@code perf.outbox.topics}, comma-separated).
 */
public final class MessagingChannels {
    private static final String IN = "mp.messaging.incoming.";
    private static final String OUT = "mp.messaging.outgoing.";
    public static final String OUTBOX_TOPICS = "perf.outbox.topics";

    public record Channel(boolean incoming, String name, Map<String, String> attributes) {
        /** The topic: the "topic" attribute, else the channel name. */
        public String topic() {
            return attributes.getOrDefault("topic", name);
        }

        /** The dead-letter topic this incoming channel writes to, if its failure strategy is dead-letter-queue. */
        public Optional<String> deadLetterTopic() {
            if (!"dead-letter-queue".equals(attributes.get("failure-strategy"))) {
                return Optional.empty();
            }
            return Optional.of(attributes.getOrDefault("dead-letter-queue.topic", "dead-letter-topic-" + name));
        }

        boolean isKafka() {
            String connector = attributes.get("connector");
            return connector == null || connector.equals("smallrye-kafka");
        }
    }

    private final ServiceConfig config;
    private final List<Channel> channels;

    private MessagingChannels(ServiceConfig config, List<Channel> channels) {
        this.config = config;
        this.channels = channels;
    }

    public static MessagingChannels of(ServiceConfig config) {
        Map<String, Map<String, String>> byChannel = new LinkedHashMap<>();
        for (String key : config.keys()) {
            String prefix = key.startsWith(IN) ? IN : key.startsWith(OUT) ? OUT : null;
            if (prefix != null) {
                String[] nameAndAttribute = splitChannel(key.substring(prefix.length()));
                byChannel.computeIfAbsent(prefix + nameAndAttribute[0], k -> new LinkedHashMap<>())
                        .put(nameAndAttribute[1], config.valueOr(key, ""));
            }
        }
        List<Channel> channels = new ArrayList<>();
        byChannel.forEach((qualified, attributes) -> {
            boolean incoming = qualified.startsWith(IN);
            String name = qualified.substring((incoming ? IN : OUT).length());
            Channel channel = new Channel(incoming, name, attributes);
            if (channel.isKafka()) {
                channels.add(channel);
            }
        });
        return new MessagingChannels(config, List.copyOf(channels));
    }

    public boolean hasIncoming() {
        return channels.stream().anyMatch(Channel::incoming);
    }

    public Set<String> consumedTopics() {
        Set<String> topics = new TreeSet<>();
        channels.stream().filter(Channel::incoming).forEach(c -> topics.add(c.topic()));
        return topics;
    }

    /** Topics written through the transactional outbox, as the service lists them in {@value #OUTBOX_TOPICS}. */
    public Optional<Set<String>> outboxTopics() {
        return config.raw(OUTBOX_TOPICS).map(value -> Arrays.stream(value.split(","))
                .map(String::strip).filter(t -> !t.isEmpty()).collect(Collectors.toCollection(TreeSet::new)));
    }

    /** Outbox topics, outgoing channel topics and the dead-letter topics of incoming channels. */
    public Set<String> producedTopics() {
        Set<String> topics = new TreeSet<>(outboxTopics().orElse(Set.of()));
        for (Channel c : channels) {
            if (c.incoming()) {
                c.deadLetterTopic().ifPresent(topics::add);
            } else {
                topics.add(c.topic());
            }
        }
        return topics;
    }

    /** Consumer groups: the channel's group.id, else kafka.group.id, else quarkus.application.name. */
    public Set<String> consumerGroups() {
        String fallback = config.valueOr("kafka.group.id", config.valueOr("quarkus.application.name", config.service()));
        Set<String> groups = new TreeSet<>();
        channels.stream().filter(Channel::incoming).forEach(c -> groups.add(c.attributes().getOrDefault("group.id", fallback)));
        return groups;
    }

    private static String[] splitChannel(String rest) {
        if (rest.startsWith("\"")) {
            int close = rest.indexOf('"', 1);
            return new String[] {rest.substring(1, close), rest.substring(close + 2)};
        }
        int dot = rest.indexOf('.');
        return new String[] {rest.substring(0, dot), rest.substring(dot + 1)};
    }
}
