package org.aigc.gateway.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.aigc.gateway.domain.Allowlist;
import org.aigc.gateway.domain.ApiKey;
import org.aigc.gateway.domain.Tenant;
import org.aigc.gateway.service.TenantService;

/** Request and response bodies of the admin API. */
public final class AdminViews {

    private AdminViews() {
    }

    /**
     * The writable fields of a tenant (create: {@code name} required; PATCH: any subset, null clears a limit or an
     * allow list). For the OpenAPI document; the body is checked by {@code TenantSettings}.
     */
    public record TenantFields(String name, Boolean disabled, List<String> allowedVerticals, List<String> allowedTasks,
            List<String> allowedModels, Integer rateLimitPerMinute, Long tokenQuotaPerDay, String monthlyBudget,
            String currency) {
    }

    /** A key as listed: never its secret. {@code rateLimitPerMinute} is the key's own limit (null: tenant's only). */
    public record KeyView(UUID id, String prefix, Instant createdAt, Instant revokedAt, Integer rateLimitPerMinute) {
        static KeyView of(ApiKey key) {
            return new KeyView(key.id, key.prefix, key.createdAt, key.revokedAt, key.rateLimitPerMinute);
        }
    }

    /** Writable field of a key ({@code PATCH}); null removes the key's own limit. */
    public record KeyFields(Integer rateLimitPerMinute) {
    }

    /** A tenant; null allow lists mean "all", null limits "unlimited". {@code monthlyBudget} is a decimal string. */
    public record TenantView(UUID id, String name, boolean disabled, List<String> allowedVerticals,
            List<String> allowedTasks, List<String> allowedModels, Integer rateLimitPerMinute, Long tokenQuotaPerDay,
            String monthlyBudget, String currency, Instant createdAt, Instant disabledAt, List<KeyView> keys) {
        static TenantView of(Tenant tenant, List<ApiKey> keys) {
            return new TenantView(tenant.id, tenant.name, tenant.isDisabled(),
                    Allowlist.parse(tenant.allowedVerticals), Allowlist.parse(tenant.allowedTasks),
                    Allowlist.parse(tenant.allowedModels), tenant.rateLimitPerMinute, tenant.tokenQuotaPerDay,
                    tenant.monthlyBudget == null ? null : tenant.monthlyBudget.stripTrailingZeros().toPlainString(),
                    tenant.currency, tenant.createdAt, tenant.disabledAt,
                    keys == null ? null : keys.stream().map(KeyView::of).toList());
        }
    }

    /** A page of tenants, oldest first. */
    public record TenantList(List<TenantView> items, int offset, int limit) {
    }

    /** A new key; {@code key} is the plain text, returned this once and never again. */
    public record IssuedKeyView(UUID id, UUID tenantId, String prefix, String key, Instant createdAt) {
        static IssuedKeyView of(TenantService.IssuedKey issued) {
            return new IssuedKeyView(issued.key().id, issued.key().tenantId, issued.key().prefix,
                    issued.plainText(), issued.key().createdAt);
        }
    }
}
