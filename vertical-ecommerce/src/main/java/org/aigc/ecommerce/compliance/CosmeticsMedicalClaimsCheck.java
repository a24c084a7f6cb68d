package org.aigc.ecommerce.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.aigc.ecommerce.domain.Product;
import org.aigc.vertical.compliance.NamedCheck;
import org.aigc.vertical.compliance.ScreeningContext;
import org.aigc.vertical.compliance.TextMatcher;

/**
 * EC-05: medical claims are banned in cosmetics copy, but the same words are fine for other categories, so the term
 * list applies only when the listed product is a cosmetic.
 */
@ApplicationScoped
public class CosmeticsMedicalClaimsCheck implements NamedCheck {

    static final List<String> MEDICAL_CLAIMS = List.of("消炎", "杀菌", "抗菌", "治疗湿疹", "治疗痤疮", "祛痘", "修复屏障",
            "药妆", "医学护肤品", "械字号", "anti-inflammatory", "antibacterial", "treats acne", "cures acne",
            "treats eczema", "cures eczema", "medical grade", "medical-grade", "heals");

    @Override
    public String name() {
        return "cosmetics-medical-claims";
    }

    @Override
    public List<String> find(String normalisedText, ScreeningContext context) {
        String sku = context.input() == null ? "" : context.input().path("sku").asText();
        boolean cosmetic = Product.bySku(context.tenantId(), sku)
                .map(p -> "cosmetics".equalsIgnoreCase(p.category)).orElse(false);
        return cosmetic ? TextMatcher.terms(normalisedText, MEDICAL_CLAIMS, List.of()) : List.of();
    }
}
