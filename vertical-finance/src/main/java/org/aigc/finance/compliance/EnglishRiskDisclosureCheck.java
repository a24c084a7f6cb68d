package org.aigc.finance.compliance;

import jakarta.inject.Singleton;

/** FN-03 wording ENGLISH; see {@link RiskDisclosureCheck}. */
@Singleton
public class EnglishRiskDisclosureCheck extends RiskDisclosureCheck {

    public EnglishRiskDisclosureCheck() {
        super(Wording.ENGLISH);
    }

    @Override
    public String name() {
        return "risk-disclosure-en";
    }
}
