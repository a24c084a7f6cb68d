package org.aigc.health.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.aigc.health.phi.PhiDetector;
import org.aigc.vertical.compliance.NamedCheck;
import org.aigc.vertical.compliance.ScreeningContext;

/**
 * Every Safe Harbor identifier kind at once, at its position: the detector behind {@code aigc.at-rest.checks}, which
 * removes from the stored request whatever the per-kind HC-01 rules left (one switched off by an administrator).
 */
@ApplicationScoped
public class PhiAnyCheck implements NamedCheck {

    @Override
    public String name() {
        return "phi-any";
    }

    @Override
    public List<String> find(String normalisedText, ScreeningContext context) {
        return PhiDetector.detect(normalisedText).stream().map(m -> m.text()).toList();
    }

    @Override
    public List<Hit> hits(String normalisedText, ScreeningContext context) {
        return PhiDetector.detect(normalisedText).stream()
                .map(m -> Hit.at(normalisedText, m.start(), m.end())).toList();
    }
}
