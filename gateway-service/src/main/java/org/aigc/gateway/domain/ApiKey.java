package org.aigc.gateway.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A tenant's API key. Only the SHA-256 hash of the secret is kept; the prefix finds the row. */
@Entity
@Table(name = "api_key")
public class ApiKey extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "tenant_id")
    public UUID tenantId;

    public String prefix;

    @Column(name = "key_hash")
    public String keyHash;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    /** This key's own request limit per minute, or null for the tenant's limit only. */
    @Column(name = "rate_limit_per_minute")
    public Integer rateLimitPerMinute;

    public static ApiKey create(UUID tenantId, String prefix, String keyHash) {
        ApiKey key = new ApiKey();
        key.id = UUID.randomUUID();
        key.tenantId = tenantId;
        key.prefix = prefix;
        key.keyHash = keyHash;
        key.createdAt = Instant.now();
        return key;
    }

    public static Optional<ApiKey> findActiveByPrefix(String prefix) {
        return find("prefix = ?1 and revokedAt is null", prefix).firstResultOptional();
    }

    public static List<ApiKey> listByTenant(UUID tenantId) {
        return list("tenantId = ?1 order by createdAt", tenantId);
    }
}
