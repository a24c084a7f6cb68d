package org.aigc.health.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import org.aigc.health.phi.PhiKind;

/** HC-01, Safe Harbor identifier (C): date. */
@ApplicationScoped
public class PhiDateCheck extends PhiCheck {

    public PhiDateCheck() {
        super(PhiKind.DATE);
    }
}
