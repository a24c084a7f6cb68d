package org.aigc.health.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import org.aigc.health.phi.PhiKind;

/** HC-01, Safe Harbor identifier (L): vehicle. */
@ApplicationScoped
public class PhiVehicleCheck extends PhiCheck {

    public PhiVehicleCheck() {
        super(PhiKind.VEHICLE);
    }
}
