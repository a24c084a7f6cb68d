package org.aigc.gateway.rest;

import jakarta.ws.rs.container.ContainerResponseContext;
import org.aigc.gateway.service.RateLimitHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Writes {@code RateLimit-Limit/Remaining/Reset} (IETF draft names) on every rate-limited tenant response. */
public class RateLimitFilter {

    private final RateLimitHeaders headers;

    RateLimitFilter(RateLimitHeaders headers) {
        this.headers = headers;
    }

    @ServerResponseFilter
    public void write(ContainerResponseContext response) {
        headers.decision().ifPresent(decision -> {
            response.getHeaders().putSingle("RateLimit-Limit", decision.limit());
            response.getHeaders().putSingle("RateLimit-Remaining", decision.remaining());
            response.getHeaders().putSingle("RateLimit-Reset", decision.resetSeconds());
        });
    }
}
