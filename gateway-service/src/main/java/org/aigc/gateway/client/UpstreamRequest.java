package org.aigc.gateway.client;

import java.util.Map;
import java.util.UUID;

/**
 * A request to pass on to an industry service.
 *
 * @param pathAndQuery raw (still percent-encoded) path and query, e.g. {@code /api/v1/games/tasks?x=1}
 * @param headers      the caller's headers that may travel upstream (already filtered)
 * @param body         the raw body, or null
 */
public record UpstreamRequest(String vertical, UUID tenantId, String method, String pathAndQuery,
        Map<String, String> headers, byte[] body) {
}
