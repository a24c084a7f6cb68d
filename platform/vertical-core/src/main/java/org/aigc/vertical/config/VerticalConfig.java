package org.aigc.vertical.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Which industry this service is, and who it says produced the content. */
@ConfigMapping(prefix = "aigc.vertical")
public interface VerticalConfig {

    /** The vertical's name ({@code games}, {@code marketing}, ...): path segment, topic suffix, label context. */
    String name();

    /** {@code ContentProducer} of the implicit AIGC label: the provider's name or code (GB 45438-2025 Annex E). */
    @WithDefault("aigc-platform")
    String contentProducer();
}
