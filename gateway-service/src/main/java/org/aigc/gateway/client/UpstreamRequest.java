package org.aigc.gateway.client;

import java.util.Map;

/**
 * A request to pass on to an industry service.
 *
 * @param tenant       value of {@code X-Aigc-Tenant}: the tenant's id, or {@link #PLATFORM_ADMIN} for admin calls
 * @param pathAndQuery raw (still percent-encoded) path and query, e.g. {@code /api/v1/games/tasks?x=1}
 * @param headers      the caller's headers that may travel upstream (already filtered)
 * @param body         the raw body, or null
 */
public record UpstreamRequest(String vertical, String tenant, String method, String pathAndQuery,
        Map<String, String> headers, byte[] body) {

    /** The tenant header of calls made with the admin key (rules and templates belong to the whole vertical). */
    public static final String PLATFORM_ADMIN = "platform-admin";
}
