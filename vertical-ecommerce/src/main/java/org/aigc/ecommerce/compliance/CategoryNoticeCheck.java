package org.aigc.ecommerce.compliance;

import java.util.List;
import org.aigc.ecommerce.service.ListingText;
import org.aigc.vertical.compliance.NamedCheck;
import org.aigc.vertical.compliance.ScreeningContext;
import org.aigc.vertical.compliance.TextMatcher;

/**
 * Fires (one empty excerpt, for an APPEND rule) when the product is of a category and the copy uses one of the
 * trigger words; no trigger words means the notice is always due for the category.
 */
abstract class CategoryNoticeCheck implements NamedCheck {

    private final String category;
    private final List<String> triggers;

    CategoryNoticeCheck(String category, List<String> triggers) {
        this.category = category;
        this.triggers = triggers;
    }

    @Override
    public List<String> find(String normalisedText, ScreeningContext context) {
        boolean due = ListingText.category(context, category)
                && (triggers.isEmpty() || !TextMatcher.terms(normalisedText, triggers, List.of()).isEmpty());
        return due ? List.of("") : List.of();
    }
}
