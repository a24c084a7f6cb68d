package org.aigc.generation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;

/** Configuration of the generation service (prefix {@code aigc}). */
@ConfigMapping(prefix = "aigc")
public interface GenerationConfig {

    /** The OpenAI-compatible provider behind the alias {@code default}. */
    OpenAi openai();

    /** How each model call is bounded and retried. */
    Calls calls();

    /** The opt-in response cache. */
    Cache cache();

    interface Cache {

        /**
         * Tasks whose calls may be answered from the cache ({@code *} = all); empty = cache off (env
         * {@code AIGC_CACHE_TASKS}). Only calls with temperature 0 that do not stream are cached.
         */
        Optional<java.util.Set<String>> tasks();

        /** Tenants whose calls may be cached ({@code *} = all) (env {@code AIGC_CACHE_TENANTS}). */
        @WithDefault("*")
        java.util.Set<String> tenants();

        /** How long an answer stays reusable (env {@code AIGC_CACHE_TTL}). */
        @WithDefault("10m")
        Duration ttl();

        /** Bound of the in-memory cache of one replica (env {@code AIGC_CACHE_MAX_ENTRIES}). */
        @WithDefault("10000")
        int maxEntries();
    }

    interface OpenAi {

        /**
         * Base URL of the OpenAI-compatible API, ending in {@code /v1} (env {@code AIGC_OPENAI_BASE_URL}). Without it
         * (or without the key or model) the alias {@code default} is answered by the offline model.
         */
        Optional<String> baseUrl();

        /** API key sent as bearer token (env {@code AIGC_OPENAI_API_KEY}); a secret, never logged or listed. */
        Optional<String> apiKey();

        /** Provider model id sent as {@code model} (env {@code AIGC_OPENAI_MODEL}), e.g. {@code gpt-4o-mini}. */
        Optional<String> model();

        /** Price per 1,000 prompt tokens in {@link #currency()} (env {@code AIGC_OPENAI_PRICE_INPUT_PER_1K}). */
        @WithName("price-input-per-1k")
        @WithDefault("0")
        BigDecimal priceInputPer1k();

        /** Price per 1,000 completion tokens in {@link #currency()} (env {@code AIGC_OPENAI_PRICE_OUTPUT_PER_1K}). */
        @WithName("price-output-per-1k")
        @WithDefault("0")
        BigDecimal priceOutputPer1k();

        /** ISO 4217 currency of the prices (env {@code AIGC_OPENAI_CURRENCY}). */
        @WithDefault("USD")
        String currency();

        /**
         * Calls in flight to this model at once (its bulkhead; env {@code AIGC_OPENAI_MAX_CONCURRENCY}). Model calls
         * mostly wait on the network, so this is set for the provider's limits, not for this machine's CPUs.
         */
        @WithDefault("" + org.aigc.generation.domain.ModelLimits.DEFAULT_CONCURRENCY)
        int maxConcurrency();
    }

    interface Calls {

        /**
         * Total time one call may take, retries and back-off included; exceeding it fails the call with
         * {@code MODEL_TIMEOUT} (env {@code AIGC_CALLS_DEADLINE}).
         */
        @WithDefault("30s")
        Duration deadline();

        /** Retries after the first attempt on 429, 5xx, timeouts and connection errors (env {@code AIGC_CALLS_MAX_RETRIES}). */
        @WithDefault("2")
        int maxRetries();

        /** First back-off delay; it doubles (with jitter) per retry (env {@code AIGC_CALLS_INITIAL_BACKOFF}). */
        @WithDefault("500ms")
        Duration initialBackoff();

        /** Upper bound of one back-off delay (env {@code AIGC_CALLS_MAX_BACKOFF}). */
        @WithDefault("5s")
        Duration maxBackoff();

        /**
         * How long a call may wait for a free slot of its model's bulkhead or for its RPM/TPM budget before it fails
         * with {@code MODEL_BUSY} / {@code MODEL_RATE_LIMITED_LOCAL} (env {@code AIGC_CALLS_QUEUE_WAIT}).
         */
        @WithDefault("2s")
        Duration queueWait();

        /** How long to wait for Kafka to acknowledge the result and usage records (env {@code AIGC_CALLS_PUBLISH_TIMEOUT}). */
        @WithDefault("30s")
        Duration publishTimeout();
    }
}
