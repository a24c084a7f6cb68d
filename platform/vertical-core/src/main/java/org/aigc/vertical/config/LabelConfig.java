package org.aigc.vertical.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Keys of the AI-content labels. */
@ConfigMapping(prefix = "aigc.labels")
public interface LabelConfig {

    /**
     * Secret for {@code ReservedCode1}, the HMAC-SHA256 over content and ids that lets a label be verified later
     * (env {@code AIGC_LABELS_HMAC_KEY}). No default: a prod service must be given one; dev and test profiles set
     * their own in application.properties.
     */
    String hmacKey();

    /**
     * Where the explicit label goes in text content: {@code end} (last line) or {@code start} (first line); the
     * Labeling Measures Art 4 allow beginning, end or middle.
     */
    @WithDefault("end")
    String position();
}
