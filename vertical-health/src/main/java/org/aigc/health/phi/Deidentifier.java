package org.aigc.health.phi;

import java.util.List;

/**
 * Positional de-identification (HC-01) for text the service stores, such as clinical notes: each identifier is
 * replaced in place, keeping what Safe Harbor allows (the year of a date, a ZIP-3 of a large area, "90+").
 */
public final class Deidentifier {

    private Deidentifier() {
    }

    public record Result(String text, List<PhiMatch> removed) {
    }

    public static Result deidentify(String text) {
        List<PhiMatch> matches = PhiDetector.detect(text);
        StringBuilder out = new StringBuilder(text);
        for (int i = matches.size() - 1; i >= 0; i--) {
            PhiMatch m = matches.get(i);
            out.replace(m.start(), m.end(), m.replacement());
        }
        return new Result(out.toString(), matches);
    }
}
