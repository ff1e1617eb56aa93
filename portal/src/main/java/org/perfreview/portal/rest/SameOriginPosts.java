package org.perfreview.portal.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.net.URI;
import java.util.Optional;
import java.util.Set;

/**
 * Cross-site request forgery guard for the pages' forms: the session is a cookie, so a page elsewhere could make a
 * signed-in reviewer's browser post a decision. Browsers name the page that sent every POST in {@code Origin}; a
 * state-changing request whose origin is another host (or the opaque {@code null}) is refused before any resource
 * runs. Requests without {@code Origin} come from no browser form and carry no cookie an attacker could borrow.
 * (The session cookie is also SameSite=Lax; quarkus-rest-csrf tokens would add a third layer but the extension is
 * not served for this Quarkus version here.)
 */
public class SameOriginPosts {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> refuseCrossSite(ContainerRequestContext request) {
        if (SAFE.contains(request.getMethod())) {
            return Optional.empty();
        }
        String origin = request.getHeaderString("Origin");
        if (origin == null || sameHost(origin, request.getHeaderString(HttpHeaders.HOST))) {
            return Optional.empty();
        }
        return Optional.of(Response.status(403).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                .entity("来自其他网站的提交已拒绝（跨站请求）").build());
    }

    /** Host and port of the page that sent the request equal those the request was sent to. */
    static boolean sameHost(String origin, String host) {
        if (host == null || origin.equals("null")) {
            return false;
        }
        try {
            URI uri = URI.create(origin);
            if (uri.getHost() == null) {
                return false;
            }
            String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return authority.equalsIgnoreCase(host) || uri.getPort() < 0 && defaultPortOf(host, uri.getScheme()).equalsIgnoreCase(uri.getHost());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** {@code host:443} for an https origin (or {@code :80} for http) is the same host as the origin without a port. */
    private static String defaultPortOf(String host, String scheme) {
        String suffix = "https".equals(scheme) ? ":443" : ":80";
        return host.endsWith(suffix) ? host.substring(0, host.length() - suffix.length()) : host;
    }
}
