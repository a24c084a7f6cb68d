package org.aigc.health.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import org.aigc.health.phi.PhiKind;

/** HC-01, Safe Harbor identifier (A): name. */
@ApplicationScoped
public class PhiNameCheck extends PhiCheck {

    public PhiNameCheck() {
        super(PhiKind.NAME);
    }
}
