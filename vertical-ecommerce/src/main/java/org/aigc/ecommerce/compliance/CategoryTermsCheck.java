package org.aigc.ecommerce.compliance;

import java.util.List;
import org.aigc.ecommerce.domain.Product;
import org.aigc.ecommerce.service.ListingText;
import org.aigc.vertical.compliance.NamedCheck;
import org.aigc.vertical.compliance.ScreeningContext;
import org.aigc.vertical.compliance.TextMatcher;

/**
 * A term list that applies only to one product category (the same words are fine elsewhere), optionally waived by
 * a product fact (a special-cosmetics registration).
 */
abstract class CategoryTermsCheck implements NamedCheck {

    private final String category;
    private final List<String> terms;
    private final List<String> allowed;

    CategoryTermsCheck(String category, List<String> terms, List<String> allowed) {
        this.category = category;
        this.terms = terms;
        this.allowed = allowed;
    }

    /** Whether the product may make these claims after all. */
    boolean waived(Product product) {
        return false;
    }

    @Override
    public List<String> find(String normalisedText, ScreeningContext context) {
        return ListingText.product(context)
                .filter(p -> category.equalsIgnoreCase(p.category) && !waived(p))
                .map(p -> TextMatcher.terms(normalisedText, terms, allowed)).orElse(List.of());
    }
}
