package org.aigc.health.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import org.aigc.health.phi.PhiKind;

/** HC-01, Safe Harbor identifier (O): ip. */
@ApplicationScoped
public class PhiIpCheck extends PhiCheck {

    public PhiIpCheck() {
        super(PhiKind.IP);
    }
}
