package org.aigc.generation.service;

import org.aigc.contracts.ModelCallRequested;
import org.aigc.generation.domain.RegisteredModel;

/** Fills a call's unset temperature and max tokens from the model's registry defaults; set values win. */
final class CallDefaultsApplier {

    private CallDefaultsApplier() {
    }

    static ModelCallRequested apply(RegisteredModel model, ModelCallRequested call) {
        Double temperature = call.temperature() != null ? call.temperature() : model.defaults().temperature();
        Integer maxTokens = call.maxTokens() != null ? call.maxTokens() : model.defaults().maxTokens();
        if (temperature == call.temperature() && maxTokens == call.maxTokens()) {
            return call;
        }
        return new ModelCallRequested(call.eventId(), call.requestId(), call.tenantId(), call.vertical(),
                call.occurredAt(), call.schemaVersion(), call.callId(), call.task(), call.model(), call.messages(),
                temperature, maxTokens, call.responseSchema(), call.stream());
    }
}
