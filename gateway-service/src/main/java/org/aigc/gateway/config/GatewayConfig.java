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

    /** How the worst case of a job is priced before it is accepted. */
    Metering metering();

    /** Request rate limiting. */
    RateLimit rateLimit();

    /** The OpenAI-compatible direct use ({@code /v1/chat/completions}, {@code /v1/models}). */
    Direct direct();

    interface Direct {
        /**
         * The vertical that direct model calls carry, so the generation service answers on
         * {@code aigc.model-results.<vertical>} (the pseudo-vertical {@code direct}; see the contracts).
         */
        @WithDefault("direct")
        String vertical();

        /** Longest a non-streaming call may take before the caller gets 504 (the reservation is then released). */
        @WithDefault("120s")
        Duration timeout();

        /** Model aliases listed by {@code GET /v1/models} for a tenant without its own allow list. */
        @WithDefault("default,offline")
        java.util.List<String> models();

        /** Most completion tokens one call may ask for. */
        @WithDefault("16384")
        int maxTokens();
    }

    interface Metering {
        /**
         * Price assumed per 1,000 tokens (prompt and completion alike) when reserving a job's worst-case cost, in the
         * tenant's currency. The real cost (from {@code UsageRecorded}) replaces it once known; set it to the price
         * of the most expensive model a tenant may use, or a job could be accepted that later exceeds the budget.
         */
        @WithDefault("0.02")
        java.math.BigDecimal pricePer1kTokens();

        /** Completion tokens reserved for a job that does not set {@code options.maxTokens}. */
        @WithDefault("1024")
        int defaultMaxTokens();

        /** Tokens reserved for the prompt around the caller's input (system prompt, template, enrichment). */
        @WithDefault("1024")
        int promptOverheadTokens();

        /** Characters of input assumed per token when estimating the prompt (4 is typical for English). */
        @WithDefault("3")
        int charsPerToken();

        /**
         * How long a finished job's reservation still holds budget and quota: usage events travel on their own topic
         * and may arrive after the result. Long enough for usage to arrive under load; the held amount is the job's
         * worst case minus the usage already settled, so holding it errs towards refusing, never towards overspending.
         */
        @WithDefault("60s")
        Duration usageGrace();

        /** How often finished reservations past their grace are released. */
        @WithDefault("15s")
        Duration sweepInterval();
    }

    interface RateLimit {
        /** Requests per minute of a tenant without its own {@code rateLimitPerMinute}; 0 = unlimited. */
        @WithDefault("0")
        int defaultPerMinute();
    }

    interface Upstream {
        /** Base URL of the industry service, e.g. {@code http://vertical-games:8082}; the same path is appended. */
        Optional<String> url();
    }

    interface Wait {
        /** Upper bound of {@code Prefer: wait=N}; larger values are capped to it. */
        @WithDefault("60s")
        Duration max();

        /** Longest a {@code GET /api/v1/jobs/{id}/events} stream stays open without a result; then an error event. */
        @WithDefault("10m")
        Duration maxStream();

        /**
         * Longest gap between two reads of the stored job while a stream waits (after 1, 2, 4 s): a result this
         * replica's wake-up passed before the stream opened, or missed while its consumer rejoined, still arrives.
         */
        @WithDefault("5s")
        Duration streamRecheck();

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
