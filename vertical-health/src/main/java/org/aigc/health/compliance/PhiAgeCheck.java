package org.aigc.health.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import org.aigc.health.phi.PhiKind;

/** HC-01, Safe Harbor identifier (C): age. */
@ApplicationScoped
public class PhiAgeCheck extends PhiCheck {

    public PhiAgeCheck() {
        super(PhiKind.AGE);
    }
}
