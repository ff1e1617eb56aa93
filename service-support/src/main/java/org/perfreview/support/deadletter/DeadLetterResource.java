package org.perfreview.support.deadletter;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.perfreview.support.inbox.EventHandler;
import org.perfreview.support.inbox.Failures;
import org.perfreview.support.inbox.Inbox;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Operators list the messages a consumer could not process and replay them once the cause is fixed. */
@Path("/api/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class DeadLetterResource {

    @Inject
    DeadLetterStore store;
    @Inject
    Inbox inbox;
    @Inject
    Instance<EventHandler> handlers;

    @GET
    public List<DeadLetterStore.DeadLetter> list(@QueryParam("all") boolean all) {
        return store.list(all);
    }

    @POST
    @Path("/{id}/replay")
    public Map<String, Object> replay(@PathParam("id") UUID id) {
        DeadLetterStore.DeadLetter letter = store.find(id).orElseThrow(() -> new NotFoundException("no dead letter " + id));
        EventHandler handler = handlers.stream().filter(h -> h.channel().equals(letter.channel())).findFirst()
                .orElseThrow(() -> new NotFoundException("no handler for channel " + letter.channel()));
        try {
            inbox.replay(handler, letter.payload());
            store.markReplayed(id, null);
            return Map.of("id", id, "replayed", true);
        } catch (RuntimeException e) {
            store.markReplayed(id, Failures.rootMessage(e));
            return Map.of("id", id, "replayed", false, "error", Failures.rootMessage(e));
        }
    }
}
