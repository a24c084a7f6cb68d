package org.aigc.gateway.service;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/** The rate-limit decision of the current request, for the response filter that writes the headers. */
@RequestScoped
public class RateLimitHeaders {

    private RateLimiter.Decision decision;

    void set(RateLimiter.Decision decision) {
        this.decision = decision;
    }

    public Optional<RateLimiter.Decision> decision() {
        return Optional.ofNullable(decision);
    }
}
