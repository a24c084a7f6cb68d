package org.aigc.gateway.client;

import java.util.Map;

/** What an industry service answered: status, the headers worth passing back, and the body. */
public record UpstreamResponse(int status, Map<String, String> headers, byte[] body) {
}
