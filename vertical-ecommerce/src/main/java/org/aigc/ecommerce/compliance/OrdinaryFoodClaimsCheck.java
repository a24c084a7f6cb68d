package org.aigc.ecommerce.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** EC-07: ordinary food may claim no disease prevention or treatment and no health function (食品安全法 Arts 71/73; 广告法 Art 17). */
@ApplicationScoped
public class OrdinaryFoodClaimsCheck extends CategoryTermsCheck {

    public OrdinaryFoodClaimsCheck() {
        super("food", List.of("降三高", "降血压", "降血糖", "降血脂", "增强免疫力", "提高免疫力", "抗癌", "防癌", "治疗", "治愈", "预防疾病", "boosts immunity", "boost immunity", "lowers blood pressure", "lowers blood sugar", "prevents cancer", "fights cancer", "cures", "treats"),
                List.of());
    }

    @Override
    public String name() {
        return "food-health-claims";
    }
}
