package org.aigc.gateway.service;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.aigc.gateway.domain.Job;

/**
 * Position in the newest-first job list: the last item's creation time and id, as an opaque URL-safe token. Keyset
 * paging stays fast and stable while new jobs arrive, unlike offsets.
 */
public record JobCursor(Instant createdAt, UUID id) {

    public static JobCursor after(Job job) {
        return new JobCursor(job.createdAt, job.id);
    }

    public String encode() {
        String text = createdAt.toString() + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor in the token, or empty when it is not one of ours. */
    public static Optional<JobCursor> decode(String token) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            String[] parts = text.split("\\|", 2);
            return Optional.of(new JobCursor(Instant.parse(parts[0]), UUID.fromString(parts[1])));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
