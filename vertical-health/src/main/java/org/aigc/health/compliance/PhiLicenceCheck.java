package org.aigc.health.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import org.aigc.health.phi.PhiKind;

/** HC-01, Safe Harbor identifier (K): licence. */
@ApplicationScoped
public class PhiLicenceCheck extends PhiCheck {

    public PhiLicenceCheck() {
        super(PhiKind.LICENCE);
    }
}
