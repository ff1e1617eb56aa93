package org.perfreview.support.outbox;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.Producer;

import java.time.Duration;

/** The relay's one producer, made on first use by {@link RelayProducerFactory} and closed when the service stops. */
@ApplicationScoped
public class RelayProducer {

    @Inject
    RelayProducerFactory factory;

    private volatile Producer<String, String> producer;

    public Producer<String, String> get() {
        Producer<String, String> p = producer;
        if (p == null) {
            synchronized (this) {
                if (producer == null) {
                    producer = factory.create();
                }
                p = producer;
            }
        }
        return p;
    }

    void close(@Observes ShutdownEvent event) {
        Producer<String, String> p = producer;
        if (p != null) {
            p.close(Duration.ofSeconds(2));
        }
    }
}
