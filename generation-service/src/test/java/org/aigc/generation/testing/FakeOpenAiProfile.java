package org.aigc.generation.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/** The service with alias {@code default} on the fake OpenAI server, and a short deadline for the timeout path. */
public class FakeOpenAiProfile implements QuarkusTestProfile {

    public static final long DEADLINE_MS = 2500;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("aigc.calls.deadline", DEADLINE_MS + "ms");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(FakeOpenAiResource.class));
    }
}
