package org.perfreview.testsupport;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.Producer;
import org.perfreview.support.outbox.RelayProducerFactory;

/**
 * In every {@code @QuarkusTest} of a service with test-support on its test classpath, the outbox relay sends to
 * {@link PublishedEvents}' mock producer instead of a broker: an alternative with a priority is enabled for the whole
 * application, so no test installs it and none reaches for the relay's producer.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class MockRelayProducerFactory extends RelayProducerFactory {

    @Inject
    PublishedEvents published;

    @Override
    public Producer<String, String> create() {
        return published.producer();
    }
}
