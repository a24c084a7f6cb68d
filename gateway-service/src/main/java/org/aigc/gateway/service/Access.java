package org.aigc.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.aigc.gateway.config.GatewayConfig;
import org.aigc.gateway.domain.ApiException;
import org.aigc.gateway.domain.ProblemType;
import org.aigc.gateway.domain.Tenant;

/**
 * Admits a tenant request: a valid key of an enabled tenant, within the tenant's request rate. The rate-limit state
 * goes to {@link RateLimitHeaders}, which puts {@code RateLimit-*} headers on the response (also on the 429).
 */
@ApplicationScoped
public class Access {

    private final Authenticator authenticator;
    private final RateLimiter limiter;
    private final RateLimitHeaders headers;
    private final GatewayConfig config;

    Access(Authenticator authenticator, RateLimiter limiter, RateLimitHeaders headers, GatewayConfig config) {
        this.authenticator = authenticator;
        this.limiter = limiter;
        this.headers = headers;
        this.config = config;
    }

    /** The calling tenant, counted against its rate limit; 401, 403 or 429 otherwise. Blocking. */
    public Tenant admit(String authorization) {
        Tenant tenant = authenticator.caller(authorization);
        int limit = tenant.rateLimitPerMinute != null ? tenant.rateLimitPerMinute
                : config.rateLimit().defaultPerMinute();
        if (limit <= 0) {
            return tenant;
        }
        RateLimiter.Decision decision = limiter.hit(tenant.id, limit);
        headers.set(decision);
        if (!decision.allowed()) {
            throw new ApiException(ProblemType.RATE_LIMITED, "at most " + limit + " requests per minute; retry in "
                    + decision.resetSeconds() + " s", java.util.List.of(),
                    Map.of("Retry-After", Long.toString(decision.resetSeconds())));
        }
        return tenant;
    }
}
