package org.aigc.vertical.labels;

import jakarta.enterprise.context.ApplicationScoped;
import org.aigc.contracts.AigcLabel;
import org.aigc.vertical.domain.Generation;

/**
 * Tells whether content and its implicit label match and were produced here: the producer is this service, and
 * {@code ReservedCode1} equals the HMAC recomputed over the content and the ids (the tenant comes from the
 * generation the {@code ProduceID} names; the caller's tenant is used when that record is gone).
 */
@ApplicationScoped
public class LabelVerifier {

    private final Labeller labeller;

    LabelVerifier(Labeller labeller) {
        this.labeller = labeller;
    }

    public Verdict verify(String content, AigcLabel aigc, String callerTenant) {
        boolean explicit = ExplicitLabels.carriedBy(content);
        if (aigc.reservedCode1() == null || aigc.reservedCode1().isBlank()) {
            return new Verdict(false, "the label has no ReservedCode1", explicit);
        }
        if (aigc.produceId() == null || aigc.produceId().isBlank()) {
            return new Verdict(false, "the label has no ProduceID", explicit);
        }
        if (!labeller.producer().equals(aigc.contentProducer())) {
            return new Verdict(false, "ContentProducer '" + aigc.contentProducer() + "' is not this service ('"
                    + labeller.producer() + "')", explicit);
        }
        String tenant = Generation.byRequestId(aigc.produceId()).map(g -> g.tenantId).orElse(callerTenant);
        if (labeller.signer().verify(content, aigc.produceId(), tenant, aigc.reservedCode1())) {
            return new Verdict(true, "content and label match; produced by " + labeller.producer(), explicit);
        }
        return new Verdict(false, "ReservedCode1 does not match: the content or the label was altered, or it was "
                + "not produced here", explicit);
    }

    /** @param explicitLabelPresent the content carries the visible label at its start or end */
    public record Verdict(boolean valid, String reason, boolean explicitLabelPresent) {
    }
}
