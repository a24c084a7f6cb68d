package org.aigc.health.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import org.aigc.health.phi.PhiKind;

/** HC-01, Safe Harbor identifier (R): other id. */
@ApplicationScoped
public class PhiOtherIdCheck extends PhiCheck {

    public PhiOtherIdCheck() {
        super(PhiKind.OTHER_ID);
    }
}
