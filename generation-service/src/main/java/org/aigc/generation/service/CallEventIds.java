package org.aigc.generation.service;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.aigc.contracts.ModelCallCompleted;
import org.aigc.contracts.UsageRecorded;

/**
 * Event ids of a call's result and usage records, derived from its callId instead of drawn at random. A model call
 * is delivered at least once: after a crash (ours, before the commit of aigc.model-calls) or a vertical's recovery
 * re-issue, the same callId is handled again. The records it then publishes carry the same event ids as the first
 * time, so the gateway's usage meter (unique eventId) bills the call once and the verticals recognise the result.
 * The first recorded version wins; a repeat's differing numbers are dropped with it.
 */
public final class CallEventIds {

    private CallEventIds() {
    }

    /** {@code <callId>/result}: one result per call. */
    public static String resultId(String callId) {
        return nameId(callId + "/result");
    }

    /** {@code <callId>/usage/<n>}: the n-th usage record of the call (a fallback chain records one per model). */
    public static String usageId(String callId, int index) {
        return nameId(callId + "/usage/" + index);
    }

    static ModelCallCompleted completed(ModelCallCompleted c) {
        return new ModelCallCompleted(resultId(c.callId()), c.requestId(), c.tenantId(), c.vertical(),
                c.occurredAt(), c.schemaVersion(), c.callId(), c.status(), c.content(), c.model(), c.providerModel(),
                c.finishReason(), c.usage(), c.latencyMs(), c.errorCode(), c.errorMessage(), c.fallbackReason());
    }

    static List<UsageRecorded> usage(List<UsageRecorded> records) {
        List<UsageRecorded> identified = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            UsageRecorded u = records.get(i);
            identified.add(new UsageRecorded(usageId(u.callId(), i), u.requestId(), u.tenantId(), u.vertical(),
                    u.occurredAt(), u.schemaVersion(), u.callId(), u.task(), u.model(), u.providerModel(),
                    u.promptTokens(), u.completionTokens(), u.cost(), u.currency(), u.cacheHit()));
        }
        return identified;
    }

    private static String nameId(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
