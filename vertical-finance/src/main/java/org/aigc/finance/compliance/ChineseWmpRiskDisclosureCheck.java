package org.aigc.finance.compliance;

import jakarta.inject.Singleton;

/** FN-03 wording CHINESE_WMP; see {@link RiskDisclosureCheck}. */
@Singleton
public class ChineseWmpRiskDisclosureCheck extends RiskDisclosureCheck {

    public ChineseWmpRiskDisclosureCheck() {
        super(Wording.CHINESE_WMP);
    }

    @Override
    public String name() {
        return "risk-disclosure-zh-wmp";
    }
}
