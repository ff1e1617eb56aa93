package org.perfreview.report.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.perfreview.contracts.events.EventContract;
import org.perfreview.contracts.events.Key;
import org.perfreview.localstack.testing.PostgresTestResource;
import org.perfreview.support.outbox.Outbox;
import org.perfreview.support.outbox.OutboxSender;
import org.perfreview.testsupport.Envelopes;
import org.perfreview.testsupport.PublishedEvents;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two relays (two threads, each with its own transaction and connection, as two replicas would have) drain one
 * outbox on the real PostgreSQL in small batches while the sends are slow: every key's events reach the topic in
 * the order they were written, each exactly once.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class OutboxRelaysTest {

    private static final String TOPIC = "perf.test.relays";
    private static final int KEYS = 8;
    private static final int EVENTS_PER_KEY = 40;
    /** A test-only event keyed by the "key" entry of its payload. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final EventContract<Map<String, Object>> TEST_EVENT = new EventContract<Map<String, Object>>("TestEvent", TOPIC,
            Key.<Map<String, Object>>unitCode(p -> (String) p.get("key")), (Class) Map.class, "none", 1);

    @Inject
    Outbox outbox;
    @Inject
    OutboxSender sender;
    @Inject
    PublishedEvents published;

    @AfterEach
    void brokerAsFastAsBefore() {
        published.delaySends(Duration.ZERO);
    }

    @Test
    void twoRelaysKeepEveryKeysOrderAndSendEachRowOnce() throws Exception {
        // A broker that takes a moment per record, so two relays' batches overlap in time.
        published.delaySends(Duration.ofMillis(2));
        String run = UUID.randomUUID().toString().substring(0, 8);
        // Written one transaction per event, key after key in turn, so every batch mixes keys.
        for (int n = 0; n < EVENTS_PER_KEY; n++) {
            for (int k = 0; k < KEYS; k++) {
                String key = run + "-" + k;
                int number = n;
                QuarkusTransaction.requiringNew().run(() -> outbox.publish(TEST_EVENT, null, null, Map.of("key", key, "n", number)));
            }
        }

        ExecutorService relays = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            // Unequal batches: one relay reads far ahead while the other takes a few rows at a time.
            done.add(relays.submit(drain(20)));
            done.add(relays.submit(drain(3)));
            for (Future<Integer> d : done) {
                d.get(60, TimeUnit.SECONDS);
            }
        } finally {
            relays.shutdownNow();
        }

        Map<String, List<Integer>> byKey = new LinkedHashMap<>();
        published.records(TOPIC, envelope -> true).stream().filter(r -> r.key().startsWith(run))
                .forEach(r -> byKey.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(number(r.value())));
        List<Integer> expected = java.util.stream.IntStream.range(0, EVENTS_PER_KEY).boxed().toList();
        assertThat(byKey).hasSize(KEYS);
        byKey.forEach((key, numbers) -> assertThat(numbers).as("events of key %s in topic order", key).isEqualTo(expected));
    }

    /** One relay: small batches until nothing is pending (being locked out is not "done"). */
    private Callable<Integer> drain(int batchSize) {
        return () -> {
            int total = 0;
            int idle = 0;
            while (idle < 5) {
                int sent = sender.sendBatch(batchSize);
                if (sent > 0) {
                    total += sent;
                    idle = 0;
                } else {
                    idle += sent == 0 ? 1 : 0;
                    Thread.sleep(1);
                }
            }
            return total;
        };
    }

    private static int number(String envelope) {
        return Envelopes.read(envelope).path("payload").path("n").asInt(-1);
    }
}
