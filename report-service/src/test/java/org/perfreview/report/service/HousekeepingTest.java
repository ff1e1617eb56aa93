package org.perfreview.report.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.perfreview.localstack.testing.PostgresTestResource;
import org.perfreview.support.housekeeping.Housekeeping;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A long run compressed: many days of outbox rows and processed ids; after housekeeping only what is inside the
 * retention (or still pending, or a dead letter) is left, and a redelivery of a retained id is still a duplicate.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class HousekeepingTest {

    private static final int DAYS = 400;

    @Inject
    Housekeeping housekeeping;
    @Inject
    EntityManager em;

    @Test
    void publishedRowsAndProcessedIdsBeyondTheRetentionGoTheRestStays() {
        String run = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int day = 0; day < DAYS; day++) {
                sql("insert into outbox_event(event_id, topic, message_key, event_type, schema_version, envelope, created_at, published_at)"
                        + " values (gen_random_uuid(), 'perf.test.housekeeping', '" + run + "', 'T', 1, '{}',"
                        + " now() - interval '" + day + " days', now() - interval '" + day + " days')");
                sql("insert into processed_event(event_id, consumer, processed_at)"
                        + " values (gen_random_uuid(), '" + run + "', now() - interval '" + day + " days')");
            }
            sql("insert into outbox_event(event_id, topic, message_key, event_type, schema_version, envelope, created_at)"
                    + " values (gen_random_uuid(), 'perf.test.housekeeping', '" + run + "', 'T', 1, '{}', now() - interval '500 days')");
            sql("insert into dead_letter(id, channel, topic, payload, reason, received_at)"
                    + " values (gen_random_uuid(), '" + run + "', 't', '{}', 'r', now() - interval '500 days')");
        });

        housekeeping.purge();

        // Defaults: published outbox rows kept 7 days, processed ids 366 days; pending rows and dead letters always.
        assertThat(count("outbox_event where message_key = '" + run + "' and published_at is not null")).isEqualTo(7);
        assertThat(count("outbox_event where message_key = '" + run + "' and published_at is null")).isEqualTo(1);
        assertThat(count("processed_event where consumer = '" + run + "'")).isEqualTo(366);
        assertThat(count("dead_letter where channel = '" + run + "'")).isEqualTo(1);
        int recognised = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "insert into processed_event(event_id, consumer) select event_id, consumer from processed_event"
                        + " where consumer = '" + run + "' on conflict do nothing").executeUpdate());
        assertThat(recognised).as("retained ids inserted again (a redelivery)").isZero();
    }

    private void sql(String statement) {
        em.createNativeQuery(statement).executeUpdate();
    }

    private long count(String from) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery("select count(*) from " + from).getSingleResult()).longValue());
    }
}
