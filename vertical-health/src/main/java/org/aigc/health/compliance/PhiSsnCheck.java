package org.aigc.health.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import org.aigc.health.phi.PhiKind;

/** HC-01, Safe Harbor identifier (G): ssn. */
@ApplicationScoped
public class PhiSsnCheck extends PhiCheck {

    public PhiSsnCheck() {
        super(PhiKind.SSN);
    }
}
