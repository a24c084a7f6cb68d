package org.aigc.generation.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;
import org.aigc.testkit.FakeOpenAiServer;

/**
 * Starts the fake OpenAI-compatible server and points alias {@code default} (through the {@code AIGC_OPENAI_*}
 * shortcut) and a set of registry aliases at it, each with its own provider model id so the wire shows which answered.
 */
public class FakeOpenAiResource implements QuarkusTestResourceLifecycleManager {

    public static final String API_KEY = "test-key-not-a-secret";
    public static final String MODEL = "fake-gpt";
    public static final String PRICE_INPUT_PER_1K = "0.5";
    public static final String PRICE_OUTPUT_PER_1K = "1.5";

    private FakeOpenAiServer fake;

    @Override
    public Map<String, String> start() {
        fake = FakeOpenAiServer.start();
        Map<String, String> config = new HashMap<>(Map.of(
                "aigc.openai.base-url", fake.baseUrl(),
                "aigc.openai.api-key", API_KEY,
                "aigc.openai.model", MODEL,
                "aigc.openai.price-input-per-1k", PRICE_INPUT_PER_1K,
                "aigc.openai.price-output-per-1k", PRICE_OUTPUT_PER_1K));
        TestModels.ALL.forEach((alias, settings) -> {
            model(config, alias, "base-url", fake.baseUrl());
            model(config, alias, "api-key", API_KEY);
            settings.forEach((key, value) -> model(config, alias, key, value));
        });
        return config;
    }

    private static void model(Map<String, String> config, String alias, String key, String value) {
        config.put("generation.models.\"" + alias + "\"." + key, value);
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(fake, new TestInjector.AnnotatedAndMatchesType(InjectFakeOpenAi.class,
                FakeOpenAiServer.class));
    }

    @Override
    public void stop() {
        if (fake != null) {
            fake.close();
        }
    }
}
