package org.aigc.ecommerce.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.aigc.ecommerce.service.ChannelRules;
import org.aigc.ecommerce.service.ListingText;
import org.aigc.vertical.compliance.NamedCheck;
import org.aigc.vertical.compliance.ScreeningContext;

/**
 * EC-09: characters Amazon forbids in titles, stripped by the rule's empty replacement. Braces are left to
 * {@link ChannelTitleFormatCheck}: removing them would break the JSON answer.
 */
@ApplicationScoped
public class ChannelTitleCharactersCheck implements NamedCheck {

    @Override
    public String name() {
        return "channel-title-characters";
    }

    @Override
    public List<String> find(String normalisedText, ScreeningContext context) {
        if (!"amazon".equals(ListingText.input(context, "channel"))) {
            return List.of();
        }
        String title = ListingText.title(normalisedText).orElse("");
        return ChannelRules.AMAZON_FORBIDDEN.stream().filter(c -> !"{".equals(c) && !"}".equals(c))
                .filter(title::contains).toList();
    }
}
