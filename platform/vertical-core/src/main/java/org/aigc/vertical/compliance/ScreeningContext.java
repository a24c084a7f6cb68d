package org.aigc.vertical.compliance;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a screening may look at besides the text: the task, the tenant, the output locale (never null; {@code en} when
 * the caller gave none) and the request's input, for checks that compare output with input facts.
 *
 * @param requestId  the generation's request id (null in a dry run): checks tied to one request use it
 * @param attributes what rules may need beyond the input (market, audience flags such as minors, client risk level);
 *                   the dry-run endpoint's {@code context}; null when there is none
 */
public record ScreeningContext(String task, String tenantId, String locale, JsonNode input, String requestId,
        JsonNode attributes) {

    public static final String DEFAULT_LOCALE = "en";

    public ScreeningContext {
        locale = locale == null || locale.isBlank() ? DEFAULT_LOCALE : locale;
    }

    /** A context without request id and attributes (the original shape of this record). */
    public ScreeningContext(String task, String tenantId, String locale, JsonNode input) {
        this(task, tenantId, locale, input, null, null);
    }

    /** An attribute as text, or null: {@code attribute("market")}. */
    public String attribute(String name) {
        return attributes == null || !attributes.hasNonNull(name) ? null : attributes.get(name).asText();
    }
}
