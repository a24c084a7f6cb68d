package org.aigc.ecommerce.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.aigc.ecommerce.domain.Product;

/** EC-05: special efficacy claims (whitening, freckle removal, sunscreen, anti-hair-loss, hair dye) only for special cosmetics, registered as 特 (化妆品监督管理条例 Art 16). */
@ApplicationScoped
public class CosmeticsSpecialEfficacyCheck extends CategoryTermsCheck {

    public CosmeticsSpecialEfficacyCheck() {
        super("cosmetics", List.of("美白", "祛斑", "淡斑", "防晒", "防脱", "生发", "染发", "烫发", "whitening", "skin lightening", "sunscreen", "spf", "anti-hair-loss", "hair regrowth", "hair dye"),
                List.of("美白牙齿"));
    }

    @Override
    public String name() {
        return "cosmetics-special-efficacy";
    }
    @Override
    boolean waived(Product product) {
        return "特".equals(product.registration);
    }
}
