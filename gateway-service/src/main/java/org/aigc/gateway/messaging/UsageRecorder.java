package org.aigc.gateway.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.aigc.contracts.EventSchemas;
import org.aigc.contracts.UsageRecorded;
import org.aigc.gateway.service.UsageMeter;
import org.aigc.outbox.ConsumerRetry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Meters {@code aigc.usage} in the shared consumer group {@code gateway-service}: each event is recorded once across
 * replicas (and deduplicated by eventId on redelivery). A record that breaks the contract goes to
 * {@code aigc.usage.dlq}; a transient database failure is retried first ({@link ConsumerRetry}).
 */
@ApplicationScoped
public class UsageRecorder {

    private final UsageMeter meter;
    private final ConsumerRetry retry;

    UsageRecorder(UsageMeter meter, ConsumerRetry retry) {
        this.meter = meter;
        this.retry = retry;
    }

    @Incoming("usage-in")
    @Blocking
    public void record(String payload) {
        UsageRecorded event = EventSchemas.validate(UsageRecorded.class, payload);
        retry.call("usage " + event.eventId(), () -> meter.record(event));
    }
}
