package org.aigc.gateway.rest;

import jakarta.ws.rs.container.ContainerResponseContext;
import org.aigc.gateway.service.RateLimitHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Writes {@code RateLimit-Limit/Remaining/Reset} (IETF draft names) on every rate-limited tenant response (a streamed
 * response carries them itself: this filter does not see it). */
public class RateLimitFilter {

    private final RateLimitHeaders headers;

    RateLimitFilter(RateLimitHeaders headers) {
        this.headers = headers;
    }

    @ServerResponseFilter
    public void write(ContainerResponseContext response) {
        headers.headers().forEach((name, values) -> response.getHeaders().putSingle(name, values.get(0)));
    }
}
