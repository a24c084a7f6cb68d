package org.aigc.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import org.aigc.contracts.UsageRecorded;
import org.aigc.gateway.domain.Tenant;
import org.jboss.logging.Logger;

/**
 * Records one {@link UsageRecorded} (deduplicated by eventId: the row insert is the dedupe) and settles it against the
 * job's reservation, in one transaction.
 */
@ApplicationScoped
public class UsageMeter {

    private static final Logger LOG = Logger.getLogger(UsageMeter.class);

    private final EntityManager entityManager;
    private final Reservations reservations;

    UsageMeter(EntityManager entityManager, Reservations reservations) {
        this.entityManager = entityManager;
        this.reservations = reservations;
    }

    /** Whether the event was new. */
    @Transactional
    public boolean record(UsageRecorded event) {
        Optional<UUID> tenantId = Ids.uuid(event.tenantId());
        if (tenantId.isEmpty()) {
            LOG.warnf("usage %s names tenant '%s', not a gateway tenant id; ignored", event.eventId(),
                    event.tenantId());
            return false;
        }
        int inserted = entityManager.createNativeQuery("""
                insert into usage_record (event_id, tenant_id, request_id, call_id, vertical, task, model,
                    prompt_tokens, completion_tokens, cost, currency, occurred_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
                on conflict (event_id) do nothing""")
                .setParameter(1, event.eventId()).setParameter(2, tenantId.get())
                .setParameter(3, event.requestId()).setParameter(4, event.callId())
                .setParameter(5, event.vertical()).setParameter(6, event.task()).setParameter(7, event.model())
                .setParameter(8, event.promptTokens()).setParameter(9, event.completionTokens())
                .setParameter(10, event.cost()).setParameter(11, event.currency())
                .setParameter(12, event.occurredAt()).executeUpdate();
        if (inserted == 0) {
            return false;
        }
        if (Tenant.findById(tenantId.get()) != null) {
            reservations.settle(tenantId.get(), Ids.uuid(event.requestId()).orElse(null),
                    (long) event.promptTokens() + event.completionTokens(), event.cost(), event.occurredAt());
        }
        return true;
    }
}
