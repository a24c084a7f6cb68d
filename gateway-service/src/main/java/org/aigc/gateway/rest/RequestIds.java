package org.aigc.gateway.rest;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.aigc.contracts.Json;
import org.aigc.gateway.domain.ProblemType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * First handler of every HTTP request: gives it an {@code X-Request-Id} (the caller's, if sane, else a new one),
 * echoed on the response and visible to resources and forwarded requests; and refuses a body larger than the limit
 * with a problem document, whether declared (Content-Length) or chunked. It runs before Quarkus' own size checks,
 * which would answer with an empty 413.
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
            tooLarge(context, id);
            return;
        }
        String encoding = context.request().getHeader(HttpHeaders.TRANSFER_ENCODING);
        if (encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked")) {
            readChunked(context, id);
            return;
        }
        context.next();
    }

    /**
     * A chunked body has no declared length: it is read here, up to the limit, and handed on as the request's body
     * (Quarkus REST reads a body already read). Otherwise the framework would refuse it with an empty 413.
     */
    private void readChunked(RoutingContext context, String id) {
        HttpServerRequest request = context.request();
        Buffer body = Buffer.buffer();
        boolean[] refused = { false };
        request.handler(chunk -> {
            if (refused[0]) {
                return;
            }
            if (body.length() + chunk.length() > maxBodySize) {
                refused[0] = true;
                tooLarge(context, id);
            } else {
                body.appendBuffer(chunk);
            }
        });
        request.endHandler(end -> {
            if (!refused[0]) {
                context.setBody(body);
                context.next();
            }
        });
        request.exceptionHandler(error -> {
            // after a 413 the connection closes under the rest of the body: nothing left to report
            if (!context.response().ended()) {
                context.fail(error);
            }
        });
        request.resume();
    }

    private void tooLarge(RoutingContext context, String id) {
        Problem problem = Problem.of(ProblemType.PAYLOAD_TOO_LARGE,
                "the body may have at most " + maxBodySize + " bytes", context.request().path(), id, List.of());
        context.response().setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(Json.write(problem));
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
