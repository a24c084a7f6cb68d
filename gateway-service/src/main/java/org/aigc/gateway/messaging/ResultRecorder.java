package org.aigc.gateway.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.aigc.contracts.EventSchemas;
import org.aigc.contracts.GenerationCompleted;
import org.aigc.gateway.service.JobService;
import org.aigc.outbox.ConsumerRetry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Persists results into their jobs. Consumer group {@code gateway-service}, shared by all replicas, so each result is
 * recorded once. A record that breaks the contract throws, is nacked and goes to {@code aigc.results.dlq}; a transient
 * database failure is retried first ({@link ConsumerRetry}).
 */
@ApplicationScoped
public class ResultRecorder {

    private static final Logger LOG = Logger.getLogger(ResultRecorder.class);

    private final JobService jobs;
    private final ConsumerRetry retry;

    ResultRecorder(JobService jobs, ConsumerRetry retry) {
        this.jobs = jobs;
        this.retry = retry;
    }

    @Incoming("results-in")
    @Blocking
    public void record(String payload) {
        GenerationCompleted event = EventSchemas.validate(GenerationCompleted.class, payload);
        JobService.Applied applied = retry.call("result " + event.eventId(), () -> jobs.applyResult(event));
        LOG.debugf("result %s for request %s: %s", event.eventId(), event.requestId(), applied);
    }
}
