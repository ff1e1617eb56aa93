package org.perfreview.support.web;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Failures raised by the HTTP layer before a resource runs (a bad or expired token, a multipart body that does
 * not decode, a body over the limit) answered as problem JSON, like everything {@link ProblemMappers} maps.
 */
@ApplicationScoped
public class HttpFailureProblems {

    private static final Logger LOG = Logger.getLogger(HttpFailureProblems.class);

    /**
     * Longest request target (path and query) a service answers. Vert.x refuses a request line over
     * {@code quarkus.http.limits.max-initial-line-length} (set to 64K in each service's application.properties) with a
     * bare 414 before any handler runs, so this lower limit is what a client meets: a 414 with a problem body.
     */
    static final int MAX_URI = 8192;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(HttpFailureProblems::refuseLongUri);
        router.route().failureHandler(this::handle);
    }

    static void refuseLongUri(RoutingContext ctx) {
        int length = ctx.request().uri().length();
        if (length <= MAX_URI) {
            ctx.next();
            return;
        }
        ctx.response().setStatusCode(414).putHeader("Content-Type", "application/json")
                .end(Json.encode(Problem.of(414, "请求地址长 " + length + " 个字符，上限 " + MAX_URI + "：请把参数放进请求体或分批查询")));
    }

    void handle(RoutingContext ctx) {
        if (ctx.response().ended() || ctx.response().headWritten()) {
            ctx.next();
            return;
        }
        Throwable failure = ctx.failure();
        int status = statusOf(failure, ctx.statusCode());
        Problem problem;
        if (status == 401) {
            ctx.response().putHeader("WWW-Authenticate", "Bearer");
            problem = Problem.of(401, "需要有效的 Bearer 令牌（JWT）");
        } else if (status >= 500) {
            LOG.error("unexpected failure in the HTTP layer", failure);
            problem = Problem.of(status, "unexpected failure; the operators have the log");
        } else {
            problem = Problem.of(status, detail(failure, status));
        }
        ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(Json.encode(problem));
    }

    static int statusOf(Throwable failure, int statusCode) {
        if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException) {
            return 401;
        }
        if (failure instanceof io.quarkus.security.ForbiddenException) {
            return 403;
        }
        if (statusCode >= 400 && statusCode < 500) {
            return statusCode;
        }
        return malformedBody(failure) ? 400 : statusCode >= 500 ? statusCode : 500;
    }

    /** A request body the decoders refused (multipart with a wrong boundary, cut short, bad encoding). */
    static boolean malformedBody(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String name = t.getClass().getName();
            if (name.startsWith("io.netty.handler.codec") || t instanceof java.io.IOException
                    || name.contains("Multipart") || name.contains("Decoder")) {
                return true;
            }
        }
        return false;
    }

    private static String detail(Throwable failure, int status) {
        if (status == 400) {
            return "请求体无法解析（multipart 边界不符或内容不完整）"
                    + (failure == null || failure.getMessage() == null ? "" : "：" + Inputs.shown(failure.getMessage()));
        }
        if (status == 413) {
            return "请求体超过上限";
        }
        return ProblemTypes.title(status);
    }
}
