package org.aigc.vertical.compliance;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a screening may look at besides the text: the task, the tenant, the output locale (never null; {@code en} when
 * the caller gave none) and the request's input, for checks that compare output with input facts.
 */
public record ScreeningContext(String task, String tenantId, String locale, JsonNode input) {

    public static final String DEFAULT_LOCALE = "en";

    public ScreeningContext {
        locale = locale == null || locale.isBlank() ? DEFAULT_LOCALE : locale;
    }
}
