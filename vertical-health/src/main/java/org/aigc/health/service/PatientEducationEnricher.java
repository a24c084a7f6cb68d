package org.aigc.health.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.aigc.contracts.GenerationRequested;
import org.aigc.health.domain.EducationMaterial;
import org.aigc.vertical.service.TaskEnricher;

/** patient-education: the reading level's guidance and the tenant's clinician-reviewed materials on the topic. */
@ApplicationScoped
public class PatientEducationEnricher implements TaskEnricher {

    private final DeidentificationGate gate;

    PatientEducationEnricher(DeidentificationGate gate) {
        this.gate = gate;
    }

    @Override
    public String task() {
        return "patient-education";
    }

    @Override
    public Map<String, Object> enrich(GenerationRequested request) {
        gate.verify(request);
        String locale = request.options() == null ? null : request.options().locale();
        List<Map<String, Object>> references = EducationMaterial
                .reviewedOnTopic(request.tenantId(), request.input().path("topic").asText(), locale).stream()
                .map(m -> Map.<String, Object>of("title", m.topic, "body", m.body, "reviewedBy", m.reviewedBy))
                .toList();
        return Map.of("level", ReadingLevel.of(request.input().path("readingLevel").asText()),
                "references", references);
    }
}
