package org.aigc.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
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
}
