package org.aigc.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The launcher and Kubernetes configure the gateway with environment variables only: they must reach the mapping. */
class GatewayConfigTest {

    private static GatewayConfig fromEnv(Map<String, String> env) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new EnvConfigSource(env, 300))
                .withConverter(Duration.class, 100, new DurationConverter())
                .withMapping(GatewayConfig.class)
                .build();
        return config.getConfigMapping(GatewayConfig.class);
    }

    @Test
    void verticalUrlsAndAdminKeyComeFromEnvironmentVariables() {
        GatewayConfig config = fromEnv(Map.of(
                "GATEWAY_ADMIN_KEY", "s3cret-admin-key",
                "GATEWAY_VERTICALS_GAMES_URL", "http://127.0.0.1:8082",
                "GATEWAY_VERTICALS_MARKETING_URL", "http://127.0.0.1:8083",
                "GATEWAY_VERTICALS_ECOMMERCE_URL", "http://127.0.0.1:8085",
                "GATEWAY_WAIT_MAX", "30s"));

        assertThat(config.adminKey()).isEqualTo("s3cret-admin-key");
        assertThat(config.verticals()).containsOnlyKeys("games", "marketing", "ecommerce");
        assertThat(config.verticals().get("games").url()).contains("http://127.0.0.1:8082");
        assertThat(config.verticals().get("ecommerce").url()).contains("http://127.0.0.1:8085");
        assertThat(config.waiting().max()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.limits().taskLength()).isEqualTo(64);
    }

    @Test
    void refusesToStartWithoutAnAdminKey() {
        assertThatThrownBy(() -> fromEnv(Map.of("GATEWAY_VERTICALS_GAMES_URL", "http://127.0.0.1:8082")))
                .hasMessageContaining("gateway.admin-key");
    }
}
