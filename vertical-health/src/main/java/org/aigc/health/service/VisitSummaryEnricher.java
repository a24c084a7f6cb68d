package org.aigc.health.service;

import jakarta.inject.Singleton;

/**
 * visit-summary: written from a de-identified clinical note at the requested reading level. Singleton: the shared base
 * class takes its gate through the constructor, so the bean cannot have a client proxy.
 */
@Singleton
public class VisitSummaryEnricher extends NoteTaskEnricher {

    VisitSummaryEnricher(DeidentificationGate gate) {
        super(gate);
    }

    @Override
    public String task() {
        return "visit-summary";
    }
}
