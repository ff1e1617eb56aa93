package org.perfreview.support.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** The inbox table: which event ids a consumer has already applied, written in the caller's transaction. */
@ApplicationScoped
public class ProcessedEvents {

    private final EntityManager em;

    @Inject
    public ProcessedEvents(EntityManager em) {
        this.em = em;
    }

    /** Records one id; true when it was new. */
    public boolean firstTime(UUID eventId, String consumer) {
        return em.createNativeQuery("insert into processed_event(event_id, consumer) values (?1, ?2) on conflict do nothing")
                .setParameter(1, eventId)
                .setParameter(2, consumer)
                .executeUpdate() == 1;
    }

    /** Records every id in one statement; answers the ones that were new (an id repeated in the poll counts once). */
    public Set<UUID> firstTimes(Collection<UUID> eventIds, String consumer) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            Set<UUID> fresh = new HashSet<>();
            Array ids = connection.createArrayOf("uuid", eventIds.toArray());
            try (PreparedStatement insert = connection.prepareStatement("insert into processed_event(event_id, consumer)"
                    + " select distinct unnest(?), ? on conflict do nothing returning event_id")) {
                insert.setArray(1, ids);
                insert.setString(2, consumer);
                try (ResultSet rows = insert.executeQuery()) {
                    while (rows.next()) {
                        fresh.add(rows.getObject(1, UUID.class));
                    }
                }
            } finally {
                ids.free();
            }
            return fresh;
        });
    }
}
