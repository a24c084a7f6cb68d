package org.aigc.health.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import org.aigc.health.phi.PhiKind;

/** HC-01, Safe Harbor identifier (H): mrn. */
@ApplicationScoped
public class PhiMrnCheck extends PhiCheck {

    public PhiMrnCheck() {
        super(PhiKind.MRN);
    }
}
