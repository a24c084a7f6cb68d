package org.aigc.ecommerce.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** EC-08: a US dietary supplement may not make disease claims (21 CFR 101.93(g)). */
@ApplicationScoped
public class SupplementDiseaseClaimsCheck extends CategoryTermsCheck {

    public SupplementDiseaseClaimsCheck() {
        super("supplement", List.of("cures", "cure", "treats", "treatment of", "prevents disease", "prevents cancer", "prevents heart disease", "heals", "reverses diabetes", "lowers cholesterol", "diagnose"),
                List.of("not intended to diagnose, treat, cure, or prevent any disease"));
    }

    @Override
    public String name() {
        return "supplement-disease-claims";
    }
}
