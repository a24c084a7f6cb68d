package org.aigc.generation.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * The service with alias {@code default} and the {@link TestModels} on the fake OpenAI server, short deadlines and
 * queue waits, a small consumer pool (so a bulkhead test can show a slow model does not take every worker) and the
 * cache on for task {@value #CACHED_TASK}. Every fake-server test class uses this profile: one Quarkus boot for all.
 */
public class FakeOpenAiProfile implements QuarkusTestProfile {

    public static final long DEADLINE_MS = 4000;
    public static final long QUEUE_WAIT_MS = 300;
    public static final int WORKERS = 4;
    public static final String CACHED_TASK = "cached-task";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("aigc.calls.deadline", DEADLINE_MS + "ms",
                "aigc.calls.queue-wait", QUEUE_WAIT_MS + "ms",
                "smallrye.messaging.worker.model-calls.max-concurrency", String.valueOf(WORKERS),
                "aigc.cache.tasks", CACHED_TASK,
                "aigc.cache.ttl", "1m");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(FakeOpenAiResource.class));
    }
}
