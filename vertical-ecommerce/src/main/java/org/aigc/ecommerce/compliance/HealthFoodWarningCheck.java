package org.aigc.ecommerce.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** EC-06: health-food copy always carries "保健食品不是药物，不能代替药物治疗疾病" (appended by the rule). */
@ApplicationScoped
public class HealthFoodWarningCheck extends CategoryNoticeCheck {

    public HealthFoodWarningCheck() {
        super("health-food", List.of());
    }

    @Override
    public String name() {
        return "health-food-warning";
    }
}
