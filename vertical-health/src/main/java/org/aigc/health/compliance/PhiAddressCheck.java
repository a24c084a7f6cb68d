package org.aigc.health.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import org.aigc.health.phi.PhiKind;

/** HC-01, Safe Harbor identifier (B): address. */
@ApplicationScoped
public class PhiAddressCheck extends PhiCheck {

    public PhiAddressCheck() {
        super(PhiKind.ADDRESS);
    }
}
