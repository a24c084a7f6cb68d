package org.aigc.health.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aigc.contracts.FieldError;
import org.aigc.contracts.GenerationRequested;
import org.aigc.health.domain.ClinicalNote;
import org.aigc.vertical.service.EnrichmentException;
import org.aigc.vertical.service.TaskEnricher;

/**
 * Tasks written from a clinical note (visit-summary, discharge-instructions): the note is the tenant's stored
 * de-identified note ({@code noteId}) or the request's own text, which the core masks; both pass the
 * {@link DeidentificationGate} first.
 */
abstract class NoteTaskEnricher implements TaskEnricher {

    private final DeidentificationGate gate;

    NoteTaskEnricher(DeidentificationGate gate) {
        this.gate = gate;
    }

    @Override
    public Map<String, Object> enrich(GenerationRequested request) {
        gate.verify(request);
        Map<String, Object> model = new HashMap<>();
        model.put("level", ReadingLevel.of(request.input().path("readingLevel").asText()));
        if (request.input().hasNonNull("noteId")) {
            long id = request.input().path("noteId").asLong();
            ClinicalNote note = ClinicalNote.byId(request.tenantId(), id).orElseThrow(() -> new EnrichmentException(
                    "UNKNOWN_NOTE", "no clinical note " + id + " for your organisation",
                    List.of(new FieldError("noteId", "no note with this id"))));
            gate.verifyStored("noteId", note.text);
            model.put("storedNote", note.text);
        }
        return model;
    }
}
