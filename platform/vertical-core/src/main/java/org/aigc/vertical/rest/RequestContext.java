package org.aigc.vertical.rest;

import jakarta.ws.rs.WebApplicationException;
import org.aigc.vertical.config.VerticalConfig;

/** The checks every core endpoint starts with: the vertical in the path and the tenant from the gateway. */
final class RequestContext {

    private RequestContext() {
    }

    /** The tenant id, after checking the path's vertical; throws the 404/401 problem otherwise. */
    static String tenant(VerticalConfig config, String vertical, String tenantHeader) throws WebApplicationException {
        Problems.requireVertical(config, vertical);
        return TenantHeader.require(tenantHeader);
    }

    /** Who acts: the {@code X-Aigc-User} header, else the body's field, else null. */
    static String actor(String userHeader, String bodyField) {
        String actor = userHeader != null && !userHeader.isBlank() ? userHeader : bodyField;
        return actor == null || actor.isBlank() ? null : actor.strip();
    }
}
