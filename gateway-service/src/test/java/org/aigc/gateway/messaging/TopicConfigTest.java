package org.aigc.gateway.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.aigc.contracts.Topics;
import org.aigc.gateway.support.StubVertical;
import org.aigc.testkit.InfrastructureResource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** Topic names in application.properties must be the contract's; group ids follow DESIGN.md (shared vs per replica). */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class,
        initArgs = @ResourceArg(name = InfrastructureResource.DATABASE, value = "gateway"))
@QuarkusTestResource(StubVertical.class)
class TopicConfigTest {

    private static String config(String name) {
        return ConfigProvider.getConfig().getValue(name, String.class);
    }

    @Test
    void channelsUseTheContractTopicsAndGroups() {
        assertThat(config("mp.messaging.incoming.results-in.topic")).isEqualTo(Topics.RESULTS);
        assertThat(config("mp.messaging.incoming.results-in.dead-letter-queue.topic"))
                .isEqualTo(Topics.dlq(Topics.RESULTS));
        assertThat(config("mp.messaging.incoming.results-in.group.id")).isEqualTo("gateway-service");
        assertThat(config("mp.messaging.incoming.waiters-in.topic")).isEqualTo(Topics.RESULTS);
        assertThat(config("mp.messaging.incoming.waiters-in.group.id"))
                .matches("gateway-service-waiters-[0-9a-f-]{36}");
    }
}
