package org.aigc.ecommerce.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aigc.contracts.Json;
import org.aigc.ecommerce.domain.Product;
import org.aigc.ecommerce.service.ListingText;
import org.aigc.vertical.compliance.NamedCheck;
import org.aigc.vertical.compliance.ScreeningContext;
import org.aigc.vertical.compliance.TextMatcher;

/**
 * EC-06: a health food (保健食品) may claim only the functions registered for the SKU (the product's
 * {@code allowedClaims}, from the 2023 catalogue of 24 functions) and no disease words at all.
 */
@ApplicationScoped
public class HealthFoodClaimsCheck implements NamedCheck {

    /** Functions of the 2023 保健功能目录 (non-nutrient part) and the deleted ones that may no longer be claimed. */
    static final List<String> FUNCTIONS = List.of("增强免疫力", "抗氧化", "辅助改善记忆", "缓解视觉疲劳", "清咽润喉",
            "改善睡眠", "缓解体力疲劳", "耐缺氧", "控制体内脂肪", "改善骨密度", "改善缺铁性贫血", "改善痤疮", "改善黄褐斑",
            "改善皮肤水分状况", "调节肠道菌群", "促进消化", "润肠通便", "保护胃黏膜", "维持血脂健康水平", "维持血糖健康水平",
            "维持血压健康水平", "对化学性肝损伤有辅助保护作用", "促进排铅", "改善生长发育", "促进泌乳", "改善皮肤油分");
    static final List<String> DISEASE = List.of("治疗", "治愈", "根治", "药到病除", "降血压", "降血糖", "抗癌", "防癌",
            "无副作用", "无毒副作用", "100%有效", "无效退款");

    @Override
    public String name() {
        return "health-food-claims";
    }

    @Override
    public List<String> find(String normalisedText, ScreeningContext context) {
        Optional<Product> product = ListingText.product(context).filter(p -> "health-food".equals(p.category));
        if (product.isEmpty()) {
            return List.of();
        }
        List<String> allowed = new ArrayList<>();
        Json.tree(product.get().allowedClaims).forEach(claim -> allowed.add(claim.asText()));
        List<String> found = new ArrayList<>();
        for (String function : TextMatcher.terms(normalisedText, FUNCTIONS, List.of())) {
            if (allowed.stream().noneMatch(a -> a.contains(function))) {
                found.add(function);
            }
        }
        found.addAll(TextMatcher.terms(normalisedText, DISEASE, List.of()));
        return found;
    }
}
