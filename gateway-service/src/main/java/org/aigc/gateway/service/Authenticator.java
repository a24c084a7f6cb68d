package org.aigc.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import org.aigc.gateway.config.GatewayConfig;
import org.aigc.gateway.domain.ApiException;
import org.aigc.gateway.domain.ApiKey;
import org.aigc.gateway.domain.ProblemType;
import org.aigc.gateway.domain.Tenant;

/** Checks the {@code Authorization: Bearer ...} credential of tenant and admin requests. */
@ApplicationScoped
public class Authenticator {

    private static final String BEARER = "bearer ";

    private final GatewayConfig config;

    Authenticator(GatewayConfig config) {
        this.config = config;
    }

    /** An authenticated caller: the tenant and the key it used. */
    public record Caller(Tenant tenant, ApiKey key) {
    }

    /** The tenant id of a valid, unrevoked API key of an enabled tenant; 401/403 otherwise. */
    public UUID tenant(String authorization) {
        return caller(authorization).id;
    }

    /**
     * The tenant of a valid, unrevoked API key; 401 otherwise, 403 when the tenant is disabled. Blocking: reads the
     * key and tenant rows on every call, with no cache, so a revocation or a disabled tenant takes effect at once.
     */
    public Tenant caller(String authorization) {
        return authenticate(authorization).tenant();
    }

    /** Like {@link #caller}, with the key that was used. */
    @Transactional
    public Caller authenticate(String authorization) {
        String key = bearer(authorization).orElseThrow(() -> unauthorized("an API key is required"));
        String prefix = ApiKeys.prefixOf(key).orElseThrow(() -> unauthorized("invalid API key"));
        ApiKey stored = ApiKey.findActiveByPrefix(prefix)
                .filter(candidate -> ApiKeys.matchesHash(key, candidate.keyHash))
                .orElseThrow(() -> unauthorized("invalid API key"));
        Tenant tenant = Tenant.findById(stored.tenantId);
        if (tenant == null || tenant.isDisabled()) {
            throw new ApiException(ProblemType.TENANT_DISABLED, "this tenant is disabled");
        }
        return new Caller(tenant, stored);
    }

    /** Passes only with the configured admin key (compared in constant time); 401 otherwise. */
    public void admin(String authorization) {
        String presented = bearer(authorization).orElseThrow(() -> unauthorized("the admin key is required"));
        if (!ApiKeys.constantTimeEquals(config.adminKey(), presented)) {
            throw unauthorized("invalid admin key");
        }
    }

    private static Optional<String> bearer(String authorization) {
        if (authorization == null || authorization.length() <= BEARER.length()
                || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        String token = authorization.substring(BEARER.length()).trim();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }

    private static ApiException unauthorized(String detail) {
        return new ApiException(ProblemType.UNAUTHORIZED, detail);
    }
}
