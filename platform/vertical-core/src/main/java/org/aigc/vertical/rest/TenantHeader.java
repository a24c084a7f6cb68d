package org.aigc.vertical.rest;

import jakarta.ws.rs.WebApplicationException;
import java.util.regex.Pattern;

/**
 * The tenant a request acts for. The gateway authenticates the caller and passes the tenant in {@code X-Aigc-Tenant};
 * industry services are reachable only from the gateway, so they trust the header but still refuse a missing one.
 */
public final class TenantHeader {

    public static final String NAME = "X-Aigc-Tenant";
    public static final String MISSING_TENANT = "https://aigc.dev/problems/missing-tenant";
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private TenantHeader() {
    }

    /** The tenant id, or a 401 problem when the header is missing or malformed. */
    public static String require(String header) {
        if (header == null || !VALID.matcher(header).matches()) {
            throw new WebApplicationException(new Problem(MISSING_TENANT, "Missing tenant", 401,
                    "requests must come through the gateway, which sets " + NAME).toResponse());
        }
        return header;
    }
}
