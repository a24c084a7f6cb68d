package org.aigc.generation.testing;

import java.util.Map;

/** The registry entries every fake-server test boots with (alias -> settings), all on the one fake endpoint. */
public final class TestModels {

    public static final String LORA_A = "llama-3-8b:support-a";
    public static final String LORA_B = "llama-3-8b:support-b";
    public static final String FINE_TUNED = "ft:gpt-4o-mini:acme::abc123";
    public static final String PRIMARY = "primary-model";
    public static final String BACKUP = "backup-model";
    public static final String SLOW = "slow-model";
    public static final String LIMITED = "limited-model";
    public static final String PRICED = "priced-model";
    public static final String STREAMER = "stream-model";
    public static final String TOKEN_LIMITED = "tpm-model";
    public static final long BREAKER_OPEN_MS = 1000;

    static final Map<String, Map<String, String>> ALL = Map.of(
            "lora-a", Map.of("kind", "lora", "model", LORA_A, "base-model", "llama-3-8b"),
            "lora-b", Map.of("kind", "lora", "model", LORA_B, "base-model", "llama-3-8b",
                    "temperature", "0.2", "max-tokens", "100"),
            "ft", Map.of("kind", "finetuned", "model", FINE_TUNED, "base-model", "gpt-4o-mini"),
            "primary", Map.of("model", PRIMARY, "fallbacks", "backup", "max-retries", "0",
                    "breaker-failures", "2", "breaker-open-for", BREAKER_OPEN_MS + "ms"),
            "backup", Map.of("model", BACKUP, "kind", "custom"),
            "slow", Map.of("model", SLOW, "max-concurrency", "1"),
            "limited", Map.of("model", LIMITED, "rpm", "2"),
            "priced", Map.of("model", PRICED, "price-input-per-1k", "0.0015", "price-output-per-1k", "0.002",
                    "currency", "EUR"),
            "streamer", Map.of("model", STREAMER, "max-retries", "1"),
            "tokens", Map.of("model", TOKEN_LIMITED, "tpm", "1000"));

    private TestModels() {
    }
}
