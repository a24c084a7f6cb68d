package org.aigc.health.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import org.aigc.health.phi.PhiKind;

/** HC-01, Safe Harbor identifier (J): account. */
@ApplicationScoped
public class PhiAccountCheck extends PhiCheck {

    public PhiAccountCheck() {
        super(PhiKind.ACCOUNT);
    }
}
