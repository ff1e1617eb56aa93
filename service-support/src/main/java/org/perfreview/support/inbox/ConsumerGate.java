package org.perfreview.support.inbox;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.jboss.logging.Logger;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lets consumers finish cleanly when the service stops. Quarkus fires {@link ShutdownEvent} before it closes
 * the persistence unit, but the Kafka connector still hands over records after that: from then on a record is
 * neither handled nor acknowledged (its offset stays uncommitted, so the partition's next owner gets it), and a
 * failure caused by the stop is never taken for a bad message and dead-lettered.
 */
@ApplicationScoped
public class ConsumerGate {

    private static final Logger LOG = Logger.getLogger(ConsumerGate.class);

    private final ConsumerConfig config;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final AtomicInteger inFlight = new AtomicInteger();

    @Inject
    public ConsumerGate(ConsumerConfig config) {
        this.config = config;
    }

    /** @return false once the service is stopping: the caller must leave the record unacknowledged */
    public boolean enter() {
        if (stopping.get()) {
            return false;
        }
        inFlight.incrementAndGet();
        if (stopping.get()) {
            exit();
            return false;
        }
        return true;
    }

    public void exit() {
        inFlight.decrementAndGet();
    }

    public boolean stopping() {
        return stopping.get();
    }

    /** Early among the shutdown observers: close the gate, then give records in hand time to commit their effect. */
    void stop(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) ShutdownEvent event) {
        stopping.set(true);
        long deadline = System.nanoTime() + config.drainTimeout().toNanos();
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (inFlight.get() > 0) {
            LOG.warnf("stopping with %d records still in hand; they stay unacknowledged and are redelivered", inFlight.get());
        }
    }
}
