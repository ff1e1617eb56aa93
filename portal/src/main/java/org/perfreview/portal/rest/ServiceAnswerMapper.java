package org.perfreview.portal.rest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.ClientWebApplicationException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A service's refusal reaches the user as the service said it: its 4xx status (403 stays 403) and its problem JSON for
 * the page scripts, or an error page in words for a page; a service failure or outage becomes 502.
 */
public class ServiceAnswerMapper {
    private final Template error;

    public ServiceAnswerMapper(@Location("error.html") Template error) {
        this.error = error;
    }

    @ServerExceptionMapper
    public Response map(ClientWebApplicationException e, HttpHeaders headers) {
        return answer(e, headers);
    }

    @ServerExceptionMapper
    public Response map(jakarta.ws.rs.ProcessingException e, HttpHeaders headers) {
        return page(502, "服务暂时无法访问", String.valueOf(e.getMessage()), headers);
    }

    private Response answer(WebApplicationException e, HttpHeaders headers) {
        Response service = e.getResponse();
        int status = service.getStatus() >= 500 ? 502 : service.getStatus();
        String body = service.hasEntity() ? service.readEntity(String.class) : "";
        if (wantsJson(headers)) {
            return Response.status(status).type("application/problem+json").entity(body.isEmpty() ? "{\"status\":" + status + "}" : body).build();
        }
        return page(status, title(status), detail(body), headers);
    }

    /** The problem's {@code detail} (README "Errors"), else the answer as it came. */
    private static String detail(String body) {
        try {
            com.fasterxml.jackson.databind.JsonNode problem = new com.fasterxml.jackson.databind.ObjectMapper().readTree(body);
            return problem != null && problem.hasNonNull("detail") ? problem.get("detail").asText() : body;
        } catch (java.io.IOException notJson) {
            return body;
        }
    }

    private Response page(int status, String title, String detail, HttpHeaders headers) {
        if (wantsJson(headers)) {
            return Response.status(status).type("application/problem+json").entity("{\"status\":" + status + ",\"title\":\"" + title + "\"}").build();
        }
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(error.data("status", status).data("title", title).data("detail", detail).render()).build();
    }

    private static boolean wantsJson(HttpHeaders headers) {
        return headers.getAcceptableMediaTypes().stream().anyMatch(t -> t.getSubtype().contains("json"));
    }

    private static String title(int status) {
        return switch (status) {
            case 400, 422 -> "请求未通过";
            case 403 -> "无权访问";
            case 404 -> "未找到";
            case 409 -> "当前状态不允许此操作";
            default -> "服务出错";
        };
    }
}
