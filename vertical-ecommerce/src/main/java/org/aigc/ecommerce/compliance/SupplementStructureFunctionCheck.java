package org.aigc.ecommerce.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** EC-08: a structure/function claim on a US dietary supplement needs the DSHEA disclaimer (appended by the rule). */
@ApplicationScoped
public class SupplementStructureFunctionCheck extends CategoryNoticeCheck {

    public SupplementStructureFunctionCheck() {
        super("supplement", List.of("supports", "support", "helps maintain", "help maintain", "promotes", "promote",
                "maintains", "contributes to", "boosts energy"));
    }

    @Override
    public String name() {
        return "supplement-structure-function";
    }
}
