package org.aigc.vertical.compliance.detect;

import jakarta.enterprise.context.ApplicationScoped;
import org.aigc.vertical.prompt.Canary;

/** A system-prompt canary token in an output: the system prompt leaked (catalogue PI-06). */
@ApplicationScoped
public class CanaryCheck extends PatternDetector {

    public static final String NAME = "canary";

    public CanaryCheck() {
        super(Canary.TOKEN);
    }

    @Override
    public String name() {
        return NAME;
    }
}
