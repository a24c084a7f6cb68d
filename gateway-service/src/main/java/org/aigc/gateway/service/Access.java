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

    /**
     * The calling tenant, counted against the tenant's rate limit and the key's own (if it has one); 401, 403 or 429
     * otherwise. The headers report the tighter of the two. Blocking.
     */
    public Tenant admit(String authorization) {
        Authenticator.Caller caller = authenticator.authenticate(authorization);
        Tenant tenant = caller.tenant();
        int tenantLimit = tenant.rateLimitPerMinute != null ? tenant.rateLimitPerMinute
                : config.rateLimit().defaultPerMinute();
        RateLimiter.Decision tighter = null;
        if (caller.key().rateLimitPerMinute != null) {
            tighter = check(limiter.hit(caller.key().id, caller.key().rateLimitPerMinute), null, "this key");
        }
        if (tenantLimit > 0) {
            tighter = check(limiter.hit(tenant.id, tenantLimit), tighter, "this tenant");
        }
        return tenant;
    }

    private RateLimiter.Decision check(RateLimiter.Decision decision, RateLimiter.Decision other, String who) {
        RateLimiter.Decision tighter = other == null || decision.remaining() < other.remaining() ? decision : other;
        headers.set(tighter);
        if (!decision.allowed()) {
            headers.set(decision);
            throw new ApiException(ProblemType.RATE_LIMITED, "at most " + decision.limit() + " requests per minute"
                    + " for " + who + "; retry in " + decision.resetSeconds() + " s", java.util.List.of(),
                    Map.of("Retry-After", Long.toString(decision.resetSeconds())));
        }
        return tighter;
    }
}
