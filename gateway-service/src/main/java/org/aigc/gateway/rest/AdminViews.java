package org.aigc.gateway.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.aigc.gateway.domain.ApiKey;
import org.aigc.gateway.domain.Tenant;
import org.aigc.gateway.service.TenantService;

/** Request and response bodies of the admin API. */
public final class AdminViews {

    private AdminViews() {
    }

    public record CreateTenant(String name) {
    }

    public record KeyView(UUID id, String prefix, Instant createdAt, Instant revokedAt) {
        static KeyView of(ApiKey key) {
            return new KeyView(key.id, key.prefix, key.createdAt, key.revokedAt);
        }
    }

    public record TenantView(UUID id, String name, Instant createdAt, List<KeyView> keys) {
        static TenantView of(Tenant tenant, List<ApiKey> keys) {
            return new TenantView(tenant.id, tenant.name, tenant.createdAt, keys.stream().map(KeyView::of).toList());
        }
    }

    /** A new key; {@code key} is the plain text, returned this once and never again. */
    public record IssuedKeyView(UUID id, UUID tenantId, String prefix, String key, Instant createdAt) {
        static IssuedKeyView of(TenantService.IssuedKey issued) {
            return new IssuedKeyView(issued.key().id, issued.key().tenantId, issued.key().prefix,
                    issued.plainText(), issued.key().createdAt);
        }
    }
}
