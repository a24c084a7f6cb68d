package org.aigc.generation.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.aigc.contracts.EventSchemas;
import org.aigc.contracts.Json;
import org.aigc.contracts.TokenUsage;
import org.aigc.contracts.UsageRecorded;
import org.aigc.generation.testing.ModelCalls;
import org.junit.jupiter.api.Test;

class EventWriterTest {

    @Test
    void writesTinyCostsInPlainNotationSoTheUsageSchemaHolds() {
        UsageRecorded usage = UsageRecorded.of(ModelCalls.call().build(), "default", "fake-gpt", new TokenUsage(1, 0),
                new BigDecimal("0.00000015"), "USD", false);

        String json = EventWriter.write(usage);

        assertThat(Json.tree(json).get("cost").asText()).isEqualTo("0.00000015");
        assertThat(EventSchemas.violations(UsageRecorded.class, Json.tree(json))).isEmpty();
    }
}
