package org.aigc.vertical.service;

import java.util.Map;
import org.aigc.contracts.GenerationRequested;

/**
 * Adds a vertical's own data to the prompt model of one task (the product for a listing, the character for a
 * dialogue). Implementations are CDI beans of the industry module; they run inside the request's transaction and
 * must filter by {@code request.tenantId()}.
 */
public interface TaskEnricher {

    /** The task this enricher serves. */
    String task();

    /**
     * Entries merged into the template model next to {@code input}; throw {@link EnrichmentException} when the data
     * the request refers to does not exist for the tenant.
     */
    Map<String, Object> enrich(GenerationRequested request);
}
