package org.aigc.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.aigc.gateway.domain.ApiException;
import org.aigc.gateway.domain.ApiKey;
import org.aigc.gateway.domain.ProblemType;
import org.aigc.gateway.domain.Tenant;

/** Tenants and their API keys (admin use cases). */
@ApplicationScoped
public class TenantService {

    /** A key just issued: the only moment its plain text exists outside the caller. */
    public record IssuedKey(ApiKey key, String plainText) {
    }

    @Transactional
    public Tenant create(String name) {
        Tenant tenant = Tenant.create(name);
        tenant.persist();
        return tenant;
    }

    /** A tenant from an admin's JSON body (see {@link TenantSettings}). */
    @Transactional
    public Tenant create(JsonNode body) {
        Tenant tenant = Tenant.create(null);
        TenantSettings.apply(body, tenant, true);
        tenant.persist();
        return tenant;
    }

    /** Changes the fields present in the body; a disabled tenant is refused from the next request on. */
    @Transactional
    public Tenant update(UUID id, JsonNode body) {
        Tenant tenant = get(id);
        TenantSettings.apply(body, tenant, false);
        return tenant;
    }

    @Transactional
    public List<Tenant> list(int offset, int limit) {
        return Tenant.page(offset, limit);
    }

    @Transactional
    public Tenant get(UUID id) {
        Tenant tenant = Tenant.findById(id);
        if (tenant == null) {
            throw new ApiException(ProblemType.TENANT_NOT_FOUND, "no tenant " + id);
        }
        return tenant;
    }

    @Transactional
    public List<ApiKey> keys(UUID tenantId) {
        return ApiKey.listByTenant(tenantId);
    }

    @Transactional
    public IssuedKey issueKey(UUID tenantId) {
        get(tenantId);
        ApiKeys.NewKey generated = ApiKeys.generate();
        ApiKey key = ApiKey.create(tenantId, generated.prefix(), ApiKeys.hash(generated.plainText()));
        key.persist();
        return new IssuedKey(key, generated.plainText());
    }

    /** Sets or (null) removes the key's own request limit per minute. */
    @Transactional
    public ApiKey limitKey(UUID tenantId, UUID keyId, Integer perMinute) {
        ApiKey key = key(tenantId, keyId);
        key.rateLimitPerMinute = perMinute;
        return key;
    }

    private static ApiKey key(UUID tenantId, UUID keyId) {
        ApiKey key = ApiKey.findById(keyId);
        if (key == null || !key.tenantId.equals(tenantId)) {
            throw new ApiException(ProblemType.KEY_NOT_FOUND, "no key " + keyId + " for tenant " + tenantId);
        }
        return key;
    }

    /** Revokes a key of the tenant; the next request with it is refused. Revoking twice is harmless. */
    @Transactional
    public ApiKey revokeKey(UUID tenantId, UUID keyId) {
        ApiKey key = key(tenantId, keyId);
        if (key.revokedAt == null) {
            key.revokedAt = Instant.now();
        }
        return key;
    }
}
