package org.aigc.health.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import org.aigc.health.phi.PhiKind;

/** HC-01, Safe Harbor identifier (E): fax. */
@ApplicationScoped
public class PhiFaxCheck extends PhiCheck {

    public PhiFaxCheck() {
        super(PhiKind.FAX);
    }
}
