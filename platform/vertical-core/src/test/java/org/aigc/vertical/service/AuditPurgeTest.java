package org.aigc.vertical.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.aigc.testkit.InfrastructureResource;
import org.aigc.vertical.domain.AuditEvent;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class,
        initArgs = @ResourceArg(name = InfrastructureResource.DATABASE, value = "core"))
class AuditPurgeTest {

    @Inject
    AuditPurge purge;

    @Inject
    AuditTrail trail;

    @Test
    void purgesOnlyRowsPastTheirRetentionAndTheTableStaysAppendOnly() {
        long expired = row("purge-test", Instant.now().minus(Duration.ofDays(1)));
        long kept = row("purge-test", Instant.now().plus(Duration.ofDays(1)));
        long forever = row("purge-test", null);

        assertThat(purge.purge()).isGreaterThanOrEqualTo(1);

        assertThat(QuarkusTransaction.requiringNew().call(() -> AuditEvent.forRequest("t-purge", "purge-test")))
                .extracting(a -> a.id).containsExactly(kept, forever);
        assertThat(expired).isLessThan(kept);
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> AuditEvent.deleteById(kept)))
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> AuditEvent.update(
                "excerpt = 'x' where id = ?1", kept))).hasStackTraceContaining("append-only");
    }

    @Test
    void labellingLogsAreKeptAtLeastSixMonths() {
        assertThat(trail.defaultDays(AuditTrail.LABELLED)).isGreaterThanOrEqualTo(180);
    }

    private static long row(String requestId, Instant retainUntil) {
        return QuarkusTransaction.requiringNew().call(() -> {
            AuditEvent e = new AuditEvent();
            e.requestId = requestId;
            e.tenantId = "t-purge";
            e.at = Instant.now();
            e.kind = "TEST";
            e.retainUntil = retainUntil;
            e.persist();
            return e.id;
        });
    }
}
