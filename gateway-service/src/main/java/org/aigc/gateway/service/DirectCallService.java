package org.aigc.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.aigc.contracts.ModelCallRequested;
import org.aigc.contracts.Topics;
import org.aigc.gateway.config.GatewayConfig;
import org.aigc.gateway.domain.Tenant;
import org.aigc.outbox.Outbox;

/**
 * Direct model calls: reserves the worst case against the tenant's budget and quota and publishes the
 * {@link ModelCallRequested} on {@code aigc.model-calls} in one transaction. The call carries the configured
 * pseudo-vertical, so its answer comes back to the gateway, and the task {@value #TASK} for metering.
 */
@ApplicationScoped
public class DirectCallService {

    public static final String TASK = "chat.completions";

    private final Outbox outbox;
    private final Reservations reservations;
    private final WorstCase worstCase;
    private final GatewayConfig config;

    DirectCallService(Outbox outbox, Reservations reservations, WorstCase worstCase, GatewayConfig config) {
        this.outbox = outbox;
        this.reservations = reservations;
        this.worstCase = worstCase;
        this.config = config;
    }

    /** Reserves and publishes; 402/429 when the budget or quota cannot cover the worst case. */
    @Transactional
    public void start(UUID requestId, Tenant tenant, ChatCall call) {
        // the completion is capped at what was reserved, so the call cannot outspend its reservation
        int maxTokens = call.maxTokens() != null ? call.maxTokens() : config.metering().defaultMaxTokens();
        ModelCallRequested event = ModelCallRequested.of(requestId.toString(), tenant.id.toString(),
                config.direct().vertical(), "direct-" + requestId, TASK, call.model(), call.messages(),
                call.temperature(), maxTokens, null, call.stream());
        outbox.publish(Topics.MODEL_CALLS, requestId.toString(), event);
        // last: the reservation locks the tenant's budget rows until commit, which all its other calls wait for
        reservations.reserve(tenant, requestId, worstCase.of(call.chars(), maxTokens));
    }

    /**
     * The call ended, failed, timed out or its client went away: what it did not use goes back to the budget once
     * the usage grace has passed, as its usage may still be on its way (or the model may still be answering).
     */
    @Transactional
    public void finish(UUID requestId) {
        reservations.finish(requestId);
    }
}
