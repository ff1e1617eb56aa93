package org.perfreview.support.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns exceptions into problem JSON: client mistakes stay 4xx with their message, bugs become a logged 500. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (e.getResponse().hasEntity()) {
            return e.getResponse();
        }
        return json(status, Response.Status.fromStatusCode(status) == null ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase(), e.getMessage());
    }

    @ServerExceptionMapper
    public Response badJson(JsonProcessingException e) {
        return json(400, "Bad Request", "request body is not valid JSON: " + e.getOriginalMessage());
    }

    @ServerExceptionMapper
    public Response illegalArgument(IllegalArgumentException e) {
        return json(400, "Bad Request", e.getMessage());
    }

    public static Response json(int status, String title, String detail) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(Problem.of(status, title, detail)).build();
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        if (e instanceof WebApplicationException wae) {
            return webApplication(wae);
        }
        if (org.perfreview.support.inbox.Failures.isTransient(e)) {
            // The database is away (restart, failover): nothing was stored; the client may send the same request again.
            LOG.warnf("database unavailable: %s", org.perfreview.support.inbox.Failures.rootMessage(e));
            return Response.fromResponse(json(503, "Service Unavailable",
                    "the database is unavailable; nothing was stored, please retry shortly")).header("Retry-After", "5").build();
        }
        LOG.error("unexpected failure", e);
        return json(500, "Internal Server Error", "unexpected failure; the operators have the log");
    }
}
