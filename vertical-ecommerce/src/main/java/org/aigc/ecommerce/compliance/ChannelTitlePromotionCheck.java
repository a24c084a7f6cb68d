package org.aigc.ecommerce.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.aigc.ecommerce.service.ChannelRules;
import org.aigc.ecommerce.service.ListingText;
import org.aigc.vertical.compliance.NamedCheck;
import org.aigc.vertical.compliance.ScreeningContext;
import org.aigc.vertical.compliance.TextMatcher;

/** EC-09: promotional phrases ("free shipping", "best seller", 包邮, 爆款) in a listing title, removed by the rule. */
@ApplicationScoped
public class ChannelTitlePromotionCheck implements NamedCheck {

    @Override
    public String name() {
        return "channel-title-promotional";
    }

    @Override
    public List<String> find(String normalisedText, ScreeningContext context) {
        return ListingText.title(normalisedText)
                .map(title -> TextMatcher.terms(title, ChannelRules.PROMOTIONAL, List.of())).orElse(List.of());
    }
}
