package org.aigc.generation.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import org.aigc.testkit.FakeOpenAiServer;

/** Starts the fake OpenAI-compatible server and points alias {@code default} at it. */
public class FakeOpenAiResource implements QuarkusTestResourceLifecycleManager {

    public static final String API_KEY = "test-key-not-a-secret";
    public static final String MODEL = "fake-gpt";
    public static final String PRICE_INPUT_PER_1K = "0.5";
    public static final String PRICE_OUTPUT_PER_1K = "1.5";

    private FakeOpenAiServer fake;

    @Override
    public Map<String, String> start() {
        fake = FakeOpenAiServer.start();
        return Map.of(
                "aigc.openai.base-url", fake.baseUrl(),
                "aigc.openai.api-key", API_KEY,
                "aigc.openai.model", MODEL,
                "aigc.openai.price-input-per-1k", PRICE_INPUT_PER_1K,
                "aigc.openai.price-output-per-1k", PRICE_OUTPUT_PER_1K);
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
