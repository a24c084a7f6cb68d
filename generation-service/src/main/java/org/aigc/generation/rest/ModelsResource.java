package org.aigc.generation.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import org.aigc.contracts.PlainDecimalSerializer;
import org.aigc.generation.domain.ModelKind;
import org.aigc.generation.domain.RegisteredModel;
import org.aigc.generation.service.ModelGuards;
import org.aigc.generation.service.ModelRegistry;

/** The registry's aliases, for operators and the gateway's {@code GET /v1/models}. Never shows keys or URLs. */
@Path("/models")
public class ModelsResource {

    /**
     * @param alias         what a call names
     * @param model         the model that answers ({@code offline} when {@code default} has no provider configured)
     * @param kind          {@code base}, {@code lora}, {@code finetuned}, {@code custom} or {@code offline}
     * @param providerModel the provider's model id
     * @param baseModel     what a LoRA adapter or fine-tune derives from
     * @param rpm           requests per minute, 0 = unlimited
     * @param tpm           tokens per minute, 0 = unlimited
     * @param breaker       circuit breaker state: {@code closed}, {@code open}, {@code half_open}
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ModelInfo(String alias, String model, ModelKind kind, String providerModel, String baseModel,
            @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal priceInputPer1k,
            @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal priceOutputPer1k, String currency,
            int maxConcurrency, int rpm, int tpm, List<String> fallbacks, String breaker) {
    }

    @Inject
    ModelRegistry registry;

    @Inject
    ModelGuards guards;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<ModelInfo> list() {
        return registry.all().stream().map(this::info).toList();
    }

    private ModelInfo info(RegisteredModel m) {
        return new ModelInfo(m.alias(), m.name(), m.kind(), m.providerModel(), m.baseModel(),
                m.pricing().inputPer1k(), m.pricing().outputPer1k(), m.pricing().currency(),
                m.limits().maxConcurrency(), m.limits().rpm(), m.limits().tpm(), m.fallbacks(),
                guards.of(m).breaker().state().name().toLowerCase(java.util.Locale.ROOT));
    }
}
