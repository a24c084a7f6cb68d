package org.aigc.generation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.aigc.contracts.Json;
import org.aigc.contracts.ModelCallRequested;
import org.aigc.generation.config.GenerationConfig;
import org.aigc.generation.domain.ModelReply;

/**
 * Opt-in response cache: only for tasks and tenants listed in {@code aigc.cache.*}, only temperature 0 and never
 * for streams. The key hashes tenant, alias, messages and every parameter, so one tenant never sees another's
 * answer. In-memory, bounded (least recently used evicted) with a TTL: enough for one replica; replicas do not
 * share it.
 */
@ApplicationScoped
public class ResponseCache {

    private record Entry(String model, ModelReply reply, long expiresAt) {
    }

    /** What the cache gives back: the reply and the alias that produced it. */
    public record Hit(String model, ModelReply reply) {
    }

    private final Set<String> tasks;
    private final Set<String> tenants;
    private final long ttlNanos;
    private final Map<String, Entry> entries;

    @Inject
    public ResponseCache(GenerationConfig config) {
        GenerationConfig.Cache cache = config.cache();
        this.tasks = cache.tasks().orElse(Set.of());
        this.tenants = cache.tenants();
        this.ttlNanos = cache.ttl().toNanos();
        int max = Math.max(1, cache.maxEntries());
        this.entries = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > max;
            }
        };
    }

    public boolean applies(ModelCallRequested call) {
        return !call.stream() && call.temperature() != null && call.temperature() == 0.0
                && matches(tasks, call.task()) && matches(tenants, call.tenantId());
    }

    public synchronized Optional<Hit> get(ModelCallRequested call) {
        String key = key(call);
        Entry entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (System.nanoTime() - entry.expiresAt() > 0) {
            entries.remove(key);
            return Optional.empty();
        }
        return Optional.of(new Hit(entry.model(), entry.reply()));
    }

    public synchronized void put(ModelCallRequested call, String model, ModelReply reply) {
        entries.put(key(call), new Entry(model, reply, System.nanoTime() + ttlNanos));
    }

    private static boolean matches(Set<String> allowed, String value) {
        return allowed.contains("*") || allowed.contains(value);
    }

    static String key(ModelCallRequested call) {
        String material = String.join("\u0000", call.tenantId(), call.model(), Json.write(call.messages()),
                String.valueOf(call.temperature()), String.valueOf(call.maxTokens()),
                call.responseSchema() == null ? "" : Json.write(call.responseSchema()));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(material.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
