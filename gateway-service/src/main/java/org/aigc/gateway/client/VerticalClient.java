package org.aigc.gateway.client;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpRequest;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.aigc.gateway.config.GatewayConfig;
import org.aigc.gateway.domain.ApiException;
import org.aigc.gateway.domain.ProblemType;
import org.jboss.logging.Logger;

/**
 * Non-blocking HTTP client to the industry services (Vert.x WebClient on the event loop). Adds the tenant header;
 * redirects are passed back, not followed. Failures become problems: 502 unreachable, 504 too slow, 503 when the
 * vertical has no URL configured.
 */
@ApplicationScoped
public class VerticalClient {

    public static final String TENANT_HEADER = "X-Aigc-Tenant";
    private static final Logger LOG = Logger.getLogger(VerticalClient.class);
    private static final List<String> RESPONSE_HEADERS = List.of("content-type", "location", "etag",
            "last-modified", "cache-control", "retry-after");

    private final WebClient client;
    private final GatewayConfig config;

    VerticalClient(Vertx vertx, GatewayConfig config) {
        this.config = config;
        this.client = WebClient.create(vertx, new WebClientOptions()
                .setFollowRedirects(false)
                .setConnectTimeout((int) config.forwarding().connectTimeout().toMillis())
                .setMaxPoolSize(64)
                .setKeepAlive(true));
    }

    public Uni<UpstreamResponse> send(UpstreamRequest request) {
        String base = baseUrl(request.vertical()).orElseThrow(() -> new ApiException(
                ProblemType.VERTICAL_UNAVAILABLE, "vertical " + request.vertical() + " is not configured"));
        HttpRequest<Buffer> upstream = client.requestAbs(HttpMethod.valueOf(request.method()),
                base + request.pathAndQuery());
        request.headers().forEach(upstream::putHeader);
        upstream.putHeader(TENANT_HEADER, request.tenant());
        upstream.timeout(config.forwarding().timeout().toMillis());
        Uni<HttpResponse<Buffer>> sent = request.body() == null ? upstream.send()
                : upstream.sendBuffer(Buffer.buffer(request.body()));
        return sent.map(VerticalClient::toResponse)
                .onFailure(e -> !(e instanceof ApiException)).transform(e -> failure(request.vertical(), e));
    }

    private Optional<String> baseUrl(String vertical) {
        return Optional.ofNullable(config.verticals().get(vertical))
                .flatMap(GatewayConfig.Upstream::url)
                .map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    }

    private static UpstreamResponse toResponse(HttpResponse<Buffer> response) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : RESPONSE_HEADERS) {
            String value = response.getHeader(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        Buffer body = response.body();
        return new UpstreamResponse(response.statusCode(), headers, body == null ? new byte[0] : body.getBytes());
    }

    private static ApiException failure(String vertical, Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException) {
                return new ApiException(ProblemType.UPSTREAM_TIMEOUT, "vertical " + vertical + " did not answer in time");
            }
        }
        // the cause names internal hosts: it goes to the log, not to the caller
        LOG.warnf("forwarding to vertical %s failed: %s", vertical, error.toString());
        return new ApiException(ProblemType.UPSTREAM_UNAVAILABLE, "vertical " + vertical + " is unreachable");
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
