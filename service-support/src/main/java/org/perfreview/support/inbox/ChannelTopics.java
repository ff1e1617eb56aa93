package org.perfreview.support.inbox;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import org.eclipse.microprofile.config.Config;
import org.perfreview.contracts.events.EventContract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A consumer's channel must read its event's topic: application.properties names the topic per channel
 * ({@code mp.messaging.incoming.<channel>.topic}, the channel name when absent, as SmallRye Kafka reads it) and the
 * consumer names its {@link EventContract}. A service whose two disagree refuses to start instead of reading the
 * wrong topic; every {@code @QuarkusTest} of a service therefore checks its own application.properties.
 */
@ApplicationScoped
public class ChannelTopics {

    private final Instance<EventHandler> handlers;
    private final Config config;

    public ChannelTopics(@Any Instance<EventHandler> handlers, Config config) {
        this.handlers = handlers;
        this.config = config;
    }

    void check(@Observes StartupEvent started) {
        Map<String, EventContract<?>> byChannel = new TreeMap<>();
        for (EventHandler handler : handlers) {
            if (handler instanceof EventConsumer<?> consumer) {
                byChannel.put(consumer.channel(), consumer.event());
            }
        }
        List<String> problems = mismatches(byChannel,
                channel -> config.getOptionalValue("mp.messaging.incoming." + channel + ".topic", String.class));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("channel topics disagree with the event contracts: " + String.join("; ", problems));
        }
    }

    /** One line per channel whose configured topic is not its event's topic; empty when all agree. */
    static List<String> mismatches(Map<String, EventContract<?>> byChannel, Function<String, Optional<String>> configuredTopic) {
        List<String> problems = new ArrayList<>();
        byChannel.forEach((channel, event) -> {
            String topic = configuredTopic.apply(channel).orElse(channel);
            if (!topic.equals(event.topic())) {
                problems.add("mp.messaging.incoming." + channel + ".topic is " + topic + " but its consumer reads " + event);
            }
        });
        return problems;
    }
}
