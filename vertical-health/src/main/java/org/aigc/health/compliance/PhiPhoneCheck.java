package org.aigc.health.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import org.aigc.health.phi.PhiKind;

/** HC-01, Safe Harbor identifier (D): phone. */
@ApplicationScoped
public class PhiPhoneCheck extends PhiCheck {

    public PhiPhoneCheck() {
        super(PhiKind.PHONE);
    }
}
