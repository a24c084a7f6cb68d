package org.aigc.health.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.aigc.contracts.GenerationRequested;
import org.aigc.vertical.service.TaskEnricher;

/** soap-note: no extra data, but the transcript must pass the de-identification gate before a model sees it. */
@ApplicationScoped
public class SoapNoteEnricher implements TaskEnricher {

    private final DeidentificationGate gate;

    SoapNoteEnricher(DeidentificationGate gate) {
        this.gate = gate;
    }

    @Override
    public String task() {
        return "soap-note";
    }

    @Override
    public Map<String, Object> enrich(GenerationRequested request) {
        gate.verify(request);
        return Map.of();
    }
}
