package org.aigc.vertical.service;

import org.aigc.contracts.GenerationCompleted;
import org.aigc.vertical.domain.Generation;

/**
 * Fired (synchronously, inside the finishing transaction) each time a generation ends or changes its published
 * status: held for review, then approved or rejected. An industry observes it to keep its own records in step, such
 * as the clinician review tasks of the health service.
 */
public record GenerationFinished(Generation generation, GenerationCompleted result) {
}
