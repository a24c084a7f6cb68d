package org.aigc.health.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import org.aigc.health.phi.PhiKind;

/** HC-01, Safe Harbor identifier (F): email. */
@ApplicationScoped
public class PhiEmailCheck extends PhiCheck {

    public PhiEmailCheck() {
        super(PhiKind.EMAIL);
    }
}
