package org.aigc.generation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The model registry's entries: {@code generation.models."<alias>".*}. Quote aliases containing dots or dashes. Read
 * them from a properties file ({@code QUARKUS_CONFIG_LOCATIONS}) rather than env vars: env names cannot carry an
 * alias like {@code gpt-4o} faithfully. Secrets go in as {@code api-key=${MY_PROVIDER_KEY}}. See MODELS.md.
 */
@ConfigMapping(prefix = "generation")
public interface ModelsConfig {

    /** Registry entries by alias ({@code offline} is built in and cannot be redefined). */
    Map<String, Model> models();

    interface Model {

        /** OpenAI-compatible base URL ending in {@code /v1}; absent only for {@code kind=offline}. */
        Optional<String> baseUrl();

        /** Bearer token; may be absent for local servers (vLLM, Ollama) that ignore it. Never listed or logged. */
        Optional<String> apiKey();

        /** Provider model id sent as {@code model} (a LoRA adapter name, a fine-tune id ...); defaults to the alias. */
        Optional<String> model();

        /** {@code base}, {@code lora}, {@code finetuned}, {@code custom} or {@code offline}. */
        @WithDefault("base")
        String kind();

        /** The base model a LoRA adapter or fine-tune derives from (informational, listed by GET /models). */
        Optional<String> baseModel();

        /** Price per 1,000 prompt tokens in {@link #currency()}. */
        @WithName("price-input-per-1k")
        @WithDefault("0")
        BigDecimal priceInputPer1k();

        /** Price per 1,000 completion tokens in {@link #currency()}. */
        @WithName("price-output-per-1k")
        @WithDefault("0")
        BigDecimal priceOutputPer1k();

        /** ISO 4217 currency of the prices. */
        @WithDefault("USD")
        String currency();

        /**
         * Calls in flight to this model at once (bulkhead); more wait up to {@code aigc.calls.queue-wait}. Set it to
         * what the provider allows; the default is as many as the model-calls worker pool runs.
         */
        @WithDefault("" + org.aigc.generation.domain.ModelLimits.DEFAULT_CONCURRENCY)
        int maxConcurrency();

        /** Requests per minute allowed to this model, enforced before the call; absent = unlimited. */
        OptionalInt rpm();

        /** Tokens per minute (estimated prompt + max tokens, corrected by actual usage); absent = unlimited. */
        OptionalInt tpm();

        /** Aliases tried in order when this model fails or its breaker is open. */
        Optional<List<String>> fallbacks();

        /** Temperature used when the call does not set one. */
        OptionalDouble temperature();

        /** Max output tokens used when the call does not set them. */
        OptionalInt maxTokens();

        /** Total time for this model, retries included; default {@code aigc.calls.deadline}. */
        Optional<Duration> timeout();

        /** Retries after the first attempt; default {@code aigc.calls.max-retries}. */
        OptionalInt maxRetries();

        /** Consecutive failed attempts that open this model's circuit breaker. */
        @WithDefault("5")
        int breakerFailures();

        /** How long an open breaker rejects calls before letting one trial call through. */
        @WithDefault("30s")
        Duration breakerOpenFor();
    }
}
