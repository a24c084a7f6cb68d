package org.aigc.contracts;

import java.util.ArrayList;
import java.util.List;

/** Kafka topic names of the platform. The only place a topic name is spelled out. */
public final class Topics {

    public static final String REQUESTS_PREFIX = "aigc.requests.";
    public static final String MODEL_CALLS = "aigc.model-calls";
    public static final String MODEL_RESULTS_PREFIX = "aigc.model-results.";
    public static final String MODEL_CHUNKS = "aigc.model-chunks";
    public static final String RESULTS = "aigc.results";
    public static final String USAGE = "aigc.usage";
    /** {@link GenerationCancelled}: gateway to the generation service's replicas (each reads all of it). */
    public static final String CANCELLATIONS = "aigc.cancellations";
    public static final String DLQ_SUFFIX = ".dlq";

    private Topics() {
    }

    /** {@code aigc.requests.<vertical>}: gateway or integrator to the industry service. */
    public static String requests(String vertical) {
        return REQUESTS_PREFIX + Verticals.require(vertical);
    }

    /**
     * {@code aigc.model-results.<vertical>}: generation service back to the industry service, or to the gateway for
     * {@link Verticals#DIRECT} calls.
     */
    public static String modelResults(String vertical) {
        if (Verticals.DIRECT.equals(vertical)) {
            return MODEL_RESULTS_PREFIX + Verticals.DIRECT;
        }
        return MODEL_RESULTS_PREFIX + Verticals.require(vertical);
    }

    public static String dlq(String topic) {
        return topic + DLQ_SUFFIX;
    }

    /** Every contract topic, without dead-letter topics. */
    public static List<String> all() {
        List<String> topics = new ArrayList<>();
        for (String vertical : Verticals.ALL) {
            topics.add(requests(vertical));
            topics.add(modelResults(vertical));
        }
        topics.add(modelResults(Verticals.DIRECT));
        topics.add(MODEL_CALLS);
        topics.add(MODEL_CHUNKS);
        topics.add(RESULTS);
        topics.add(USAGE);
        topics.add(CANCELLATIONS);
        return List.copyOf(topics);
    }

    /** Every contract topic followed by its dead-letter topic. */
    public static List<String> allWithDeadLetters() {
        List<String> topics = new ArrayList<>();
        for (String topic : all()) {
            topics.add(topic);
            topics.add(dlq(topic));
        }
        return List.copyOf(topics);
    }
}
