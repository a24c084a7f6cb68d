package org.aigc.health.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import org.aigc.health.phi.PhiKind;

/** HC-01, Safe Harbor identifier (I): health plan. */
@ApplicationScoped
public class PhiHealthPlanCheck extends PhiCheck {

    public PhiHealthPlanCheck() {
        super(PhiKind.HEALTH_PLAN);
    }
}
