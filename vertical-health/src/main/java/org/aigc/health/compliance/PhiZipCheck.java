package org.aigc.health.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import org.aigc.health.phi.PhiKind;

/** HC-01, Safe Harbor identifier (B): zip. */
@ApplicationScoped
public class PhiZipCheck extends PhiCheck {

    public PhiZipCheck() {
        super(PhiKind.ZIP);
    }
}
