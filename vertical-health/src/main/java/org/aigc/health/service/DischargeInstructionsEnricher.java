package org.aigc.health.service;

import jakarta.inject.Singleton;

/**
 * discharge-instructions: written from a de-identified clinical note at the requested reading level. Singleton: the
 * shared base class takes its gate through the constructor, so the bean cannot have a client proxy.
 */
@Singleton
public class DischargeInstructionsEnricher extends NoteTaskEnricher {

    DischargeInstructionsEnricher(DeidentificationGate gate) {
        super(gate);
    }

    @Override
    public String task() {
        return "discharge-instructions";
    }
}
