package org.aigc.health.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import org.aigc.health.phi.PhiKind;

/** HC-01, Safe Harbor identifier (M): device. */
@ApplicationScoped
public class PhiDeviceCheck extends PhiCheck {

    public PhiDeviceCheck() {
        super(PhiKind.DEVICE);
    }
}
