package org.aigc.generation.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.aigc.generation.domain.ModelKind;
import org.aigc.generation.service.ModelRegistry;

/** The registry's aliases, for operators and the gateway's {@code GET /v1/models}. Never shows keys or URLs. */
@Path("/models")
public class ModelsResource {

    /**
     * @param alias         what a call names
     * @param model         the model that answers ({@code offline} when {@code default} has no provider configured)
     * @param kind          {@code base}, {@code offline}, later {@code lora}, {@code finetuned}, {@code custom}
     * @param providerModel the provider's model id
     */
    public record ModelInfo(String alias, String model, ModelKind kind, String providerModel) {
    }

    @Inject
    ModelRegistry registry;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<ModelInfo> list() {
        return registry.all().stream()
                .map(m -> new ModelInfo(m.alias(), m.name(), m.kind(), m.providerModel()))
                .toList();
    }
}
