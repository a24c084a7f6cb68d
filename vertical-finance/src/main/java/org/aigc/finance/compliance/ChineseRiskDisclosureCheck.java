package org.aigc.finance.compliance;

import jakarta.inject.Singleton;

/** FN-03 wording CHINESE; see {@link RiskDisclosureCheck}. */
@Singleton
public class ChineseRiskDisclosureCheck extends RiskDisclosureCheck {

    public ChineseRiskDisclosureCheck() {
        super(Wording.CHINESE);
    }

    @Override
    public String name() {
        return "risk-disclosure-zh";
    }
}
