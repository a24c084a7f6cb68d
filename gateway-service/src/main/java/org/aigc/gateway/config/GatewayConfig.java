package org.aigc.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Settings of the gateway. Every property can be set from the environment ({@code GATEWAY_...}). */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /**
     * The credential of the admin API ({@code Authorization: Bearer <admin key>}). Env {@code GATEWAY_ADMIN_KEY}.
     * Required: without it the service does not start, so there is never an unprotected admin API.
     */
    String adminKey();

    /**
     * Base URLs of the industry services, by vertical name, e.g. {@code gateway.verticals.games.url}
     * (env {@code GATEWAY_VERTICALS_GAMES_URL}). A vertical without a URL answers 503 to forwarded requests;
     * generations still work (they go over Kafka).
     */
    Map<String, Upstream> verticals();

    /** Waiting for results ({@code Prefer: wait=N}). */
    @WithName("wait")
    Wait waiting();

    /** Forwarding of domain requests to the industry services. */
    Forwarding forwarding();

    /** Limits on what a caller may send. */
    Limits limits();

    interface Upstream {
        /** Base URL of the industry service, e.g. {@code http://vertical-games:8082}; the same path is appended. */
        Optional<String> url();
    }

    interface Wait {
        /** Upper bound of {@code Prefer: wait=N}; larger values are capped to it. */
        @WithDefault("60s")
        Duration max();

        /** Most callers one replica keeps waiting at once; beyond it callers get 202 at once. */
        @WithDefault("10000")
        int maxWaiters();
    }

    interface Forwarding {
        /** Total time allowed for one forwarded request before the caller gets 504. */
        @WithDefault("30s")
        Duration timeout();

        /** Connect timeout to the industry service. */
        @WithDefault("2s")
        Duration connectTimeout();
    }

    interface Limits {
        /** Longest task name. */
        @WithDefault("64")
        int taskLength();

        /** Highest {@code options.maxTokens} a caller may ask for (the template may allow fewer). */
        @WithDefault("32768")
        int maxTokens();

        /** Most jobs one {@code GET /api/v1/jobs} returns. */
        @WithDefault("100")
        int listSize();
    }
}
