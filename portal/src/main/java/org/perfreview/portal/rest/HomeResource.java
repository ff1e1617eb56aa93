package org.perfreview.portal.rest;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The landing page after sign-in: each role to its own start page. */
@Path("/")
@Authenticated
public class HomeResource {
    private final SecurityIdentity identity;

    public HomeResource(SecurityIdentity identity) {
        this.identity = identity;
    }

    @GET
    public Response home() {
        String start = identity.hasRole(Roles.ADMIN) ? "/admin" : identity.hasRole(Roles.REVIEWER) ? "/reviewer" : "/unit";
        return Response.seeOther(URI.create(start)).build();
    }
}
