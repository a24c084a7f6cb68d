package org.aigc.gateway.service;

import jakarta.enterprise.context.RequestScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The rate-limit decision of the current request, for the response filter that writes the headers. */
@RequestScoped
public class RateLimitHeaders {

    private RateLimiter.Decision decision;

    void set(RateLimiter.Decision decision) {
        this.decision = decision;
    }

    /** {@code RateLimit-Limit/Remaining/Reset} (IETF draft names), or none when no limit applied. */
    public Map<String, List<String>> headers() {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        if (decision != null) {
            headers.put("RateLimit-Limit", List.of(String.valueOf(decision.limit())));
            headers.put("RateLimit-Remaining", List.of(String.valueOf(decision.remaining())));
            headers.put("RateLimit-Reset", List.of(String.valueOf(decision.resetSeconds())));
        }
        return headers;
    }
}
