package org.aigc.health.compliance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.aigc.health.phi.PhiDetector;
import org.aigc.health.phi.PhiKind;
import org.aigc.health.phi.PhiMatch;
import org.aigc.vertical.compliance.NamedCheck;
import org.aigc.vertical.compliance.ScreeningContext;

/**
 * HC-01 for one Safe Harbor identifier kind, as a named check behind an AMEND rule (input and output stage): the rule's
 * replacement is the kind's token. The engine masks an excerpt everywhere it occurs, so an excerpt that also occurs
 * inside a longer identifier of another kind ("Smith" inside "john.smith@example.com") is preceded by that longer
 * identifier, which is then masked whole instead of being cut in two.
 */
public abstract class PhiCheck implements NamedCheck {

    private final PhiKind kind;

    protected PhiCheck(PhiKind kind) {
        this.kind = kind;
    }

    @Override
    public String name() {
        return kind.checkName();
    }

    @Override
    public List<String> find(String normalisedText, ScreeningContext context) {
        List<PhiMatch> all = PhiDetector.detect(normalisedText);
        List<String> excerpts = new ArrayList<>();
        for (PhiMatch own : all) {
            if (own.kind() != kind) {
                continue;
            }
            String needle = own.text().toLowerCase(Locale.ROOT);
            for (PhiMatch other : all) {
                if (other.kind() != kind && other.text().length() > own.text().length()
                        && other.text().toLowerCase(Locale.ROOT).contains(needle)) {
                    excerpts.add(other.text());
                }
            }
            excerpts.add(own.text());
        }
        return excerpts;
    }
}
