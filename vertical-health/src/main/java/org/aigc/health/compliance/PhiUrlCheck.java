package org.aigc.health.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import org.aigc.health.phi.PhiKind;

/** HC-01, Safe Harbor identifier (N): url. */
@ApplicationScoped
public class PhiUrlCheck extends PhiCheck {

    public PhiUrlCheck() {
        super(PhiKind.URL);
    }
}
