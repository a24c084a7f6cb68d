package org.aigc.gateway.support;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.aigc.contracts.ChatMessage;
import org.aigc.contracts.Json;
import org.aigc.contracts.ModelCallCompleted;
import org.aigc.contracts.ModelCallRequested;
import org.aigc.contracts.ModelChunk;
import org.aigc.contracts.TokenUsage;
import org.aigc.contracts.Topics;
import org.aigc.contracts.UsageRecorded;
import org.aigc.testkit.KafkaTestClient;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Plays the generation service for direct calls: reads {@code aigc.model-calls}, answers calls of the {@code direct}
 * pseudo-vertical on {@code aigc.model-results.direct} (streamed calls get their deltas on {@code aigc.model-chunks}
 * first) and meters each on {@code aigc.usage}. The answer is re-sent a few times, because the gateway's per-replica
 * consumer starts at the latest offset and may still be joining; the gateway ignores the repeats. An answer function
 * that returns {@code null} makes the call fail ({@code MODEL_UNAVAILABLE}, nothing billed).
 */
public final class FakeGenerationService implements AutoCloseable {

    public static final String DIRECT_TOPIC = "aigc.model-results.direct";

    private final KafkaTestClient kafka = KafkaTestClient.shared();
    private final KafkaTestClient.Reader calls;
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
    private final Function<ModelCallRequested, String> answer;
    private final AtomicInteger answered = new AtomicInteger();
    private volatile boolean running = true;

    public FakeGenerationService(Function<ModelCallRequested, String> answer) {
        this.answer = answer;
        createDirectTopic();
        calls = kafka.reader(Topics.MODEL_CALLS);
        scheduler.execute(this::loop);
    }

    /** Echoes the last user message, as the fake OpenAI server does by default. */
    public static String echo(ModelCallRequested call) {
        List<ChatMessage> messages = call.messages();
        return "You said: " + messages.get(messages.size() - 1).content();
    }

    private void loop() {
        java.util.Set<String> done = new java.util.HashSet<>();
        while (running) {
            // drain() returns everything seen so far: answer each call once
            for (var record : calls.drain(Duration.ofMillis(300))) {
                ModelCallRequested call = Json.read(record.value(), ModelCallRequested.class);
                if ("direct".equals(call.vertical()) && done.add(call.eventId())) {
                    respond(call);
                }
            }
        }
    }

    private void respond(ModelCallRequested call) {
        String content = answer.apply(call);
        answered.incrementAndGet();
        if (content == null) {
            ModelCallCompleted failed = ModelCallCompleted.failed(call, call.model(), "MODEL_UNAVAILABLE",
                    "the fake model refused", TokenUsage.ZERO, 5, null);
            resend(call, failed);
            return;
        }
        TokenUsage usage = new TokenUsage(12, content.length() / 4 + 1);
        if (call.stream()) {
            int half = content.length() / 2;
            kafka.sendEvent(Topics.MODEL_CHUNKS, call.requestId(), ModelChunk.delta(call, 0, content.substring(0, half)));
            kafka.sendEvent(Topics.MODEL_CHUNKS, call.requestId(), ModelChunk.delta(call, 1, content.substring(half)));
            kafka.sendEvent(Topics.MODEL_CHUNKS, call.requestId(), ModelChunk.end(call, 2, null));
        }
        kafka.sendEvent(Topics.USAGE, call.tenantId(), UsageRecorded.of(call, call.model(), "fake-" + call.model(),
                usage, new BigDecimal("0.0001234"), "USD", false));
        resend(call, ModelCallCompleted.ok(call, content, call.model(), "fake-" + call.model(), "stop", usage, 5,
                null));
    }

    private void resend(ModelCallRequested call, ModelCallCompleted completed) {
        for (int i = 0; i < 15; i++) {
            scheduler.schedule(() -> kafka.sendEvent(DIRECT_TOPIC, call.requestId(), completed), i * 1000L,
                    TimeUnit.MILLISECONDS);
        }
    }

    public int answered() {
        return answered.get();
    }

    private static void createDirectTopic() {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        try (Admin admin = Admin.create(properties)) {
            admin.createTopics(List.of(new NewTopic(DIRECT_TOPIC, 3, (short) 1))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException(e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        calls.close();
        kafka.close();
    }
}
