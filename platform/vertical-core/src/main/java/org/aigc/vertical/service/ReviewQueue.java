package org.aigc.vertical.service;

import jakarta.persistence.LockModeType;
import org.aigc.contracts.GenerationStatus;
import org.aigc.vertical.domain.Generation;
import org.aigc.vertical.rest.Problems;

/** Finds a held generation of the tenant for a reviewer's decision, locked so two reviewers cannot both decide. */
final class ReviewQueue {

    private ReviewQueue() {
    }

    static Generation lockPending(String tenantId, String requestId) {
        Generation g = Generation.<Generation>find("tenantId = ?1 and requestId = ?2", tenantId, requestId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> Problems.notFound("no generation " + requestId + " for this tenant"));
        if (!GenerationStatus.NEEDS_REVIEW.name().equals(g.status)) {
            throw Problems.conflict("generation " + requestId + " is " + g.status + ", not waiting for review");
        }
        return g;
    }
}
