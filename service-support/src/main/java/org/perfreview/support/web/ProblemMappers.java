package org.perfreview.support.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.perfreview.support.inbox.Failures;
import org.perfreview.support.problem.DomainException;

import java.util.stream.Collectors;

/**
 * The one place where every service turns exceptions into problem JSON ({@link Problem}): client mistakes stay
 * 4xx with their message and the field at fault, security refusals are 401/403 problems, bugs become a logged 500.
 * Failures before JAX-RS (authentication, multipart decoding) are mapped by {@link HttpFailureProblems}.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        Response original = e.getResponse();
        if (original.hasEntity() && original.getEntity() instanceof Problem) {
            return original;
        }
        int status = original.getStatus();
        if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
            return jsonProblem(json); // the JSON body reader wraps what Jackson refused
        }
        Response.ResponseBuilder builder = Response.fromResponse(original).entity(Problem.of(status, detail(e, status)))
                .type(MediaType.APPLICATION_JSON_TYPE);
        if (status == 401) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return unauthenticated();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return unauthenticated();
    }

    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e) {
        return json(403, "此令牌的角色无权执行该操作");
    }

    @ServerExceptionMapper
    public Response badJson(JsonProcessingException e) {
        return jsonProblem(e);
    }

    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e) {
        return jsonProblem(e); // replaces the framework's own mapper of this type, whose body is not a problem
    }

    @ServerExceptionMapper
    public Response mappingJson(JsonMappingException e) {
        return jsonProblem(e);
    }

    @ServerExceptionMapper
    public Response invalidInput(InvalidInputException e) {
        return response(Problem.ofField(400, e.field(), e.getMessage()));
    }

    @ServerExceptionMapper
    public Response domain(DomainException e) {
        return response(e.problem());
    }

    @ServerExceptionMapper
    public Response illegalArgument(IllegalArgumentException e) {
        return json(400, e.getMessage());
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        if (e instanceof WebApplicationException wae) {
            return webApplication(wae);
        }
        if (Failures.isTransient(e)) {
            // The database is away (restart, failover): nothing was stored; the client may send the same request again.
            LOG.warnf("database unavailable: %s", Failures.rootMessage(e));
            return Response.fromResponse(json(503, "数据库暂不可用，本次请求未保存任何内容，请稍后重试"))
                    .header("Retry-After", "5").build();
        }
        LOG.error("unexpected failure", e);
        return json(500, "unexpected failure; the operators have the log");
    }

    public static Response json(int status, String title, String detail) {
        return response(Problem.of(status, title, detail));
    }

    public static Response json(int status, String detail) {
        return response(Problem.of(status, detail));
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(problem).build();
    }

    static Response unauthenticated() {
        return Response.fromResponse(json(401, "需要有效的 Bearer 令牌（JWT）")).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    private static Response jsonProblem(JsonProcessingException e) {
        Throwable cause = e.getCause();
        if (cause instanceof InvalidInputException invalid) {
            return invalidField(invalid.field(), invalid.getMessage());
        }
        String field = e instanceof JsonMappingException m && !m.getPath().isEmpty() ? path(m) : null;
        if (cause instanceof IllegalArgumentException invalid) {
            return invalidField(field, invalid.getMessage());
        }
        String detail = field == null ? "请求体不是有效的 JSON：" + e.getOriginalMessage()
                : "字段 " + field + " 的值无效：" + e.getOriginalMessage();
        return invalidField(field, detail);
    }

    private static Response invalidField(String field, String detail) {
        return response(Problem.ofField(400, field, Inputs.withoutControlCharacters(detail)));
    }

    private static String path(JsonMappingException m) {
        return m.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex()))
                .collect(Collectors.joining("."));
    }

    private static String detail(WebApplicationException e, int status) {
        String message = e.getMessage();
        if (message == null || message.startsWith("HTTP " + status)) {
            return ProblemTypes.title(status);
        }
        return Inputs.withoutControlCharacters(message);
    }
}
