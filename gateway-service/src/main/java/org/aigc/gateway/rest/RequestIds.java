package org.aigc.gateway.rest;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.aigc.contracts.Json;
import org.aigc.gateway.domain.ProblemType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * First handler of every HTTP request: gives it an {@code X-Request-Id} (the caller's, if sane, else a new one),
 * echoed on the response and visible to resources and forwarded requests; and refuses a body declared larger than
 * the limit with a problem document. It runs before Quarkus' own size check, which would answer with an empty 413.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private final long maxBodySize;

    RequestIds(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.maxBodySize = maxBodySize.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(-10).handler(this::handle);
    }

    private void handle(RoutingContext context) {
        String id = context.request().getHeader(HEADER);
        if (id == null || !SANE.matcher(id).matches()) {
            id = UUID.randomUUID().toString();
            context.request().headers().set(HEADER, id);
        }
        context.response().putHeader(HEADER, id);
        if (declaredLength(context) > maxBodySize) {
            Problem problem = Problem.of(ProblemType.PAYLOAD_TOO_LARGE,
                    "the body may have at most " + maxBodySize + " bytes", context.request().path(), id, List.of());
            context.response().setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(Json.write(problem));
            return;
        }
        context.next();
    }

    private static long declaredLength(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
