package org.aigc.ecommerce.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.aigc.ecommerce.service.ChannelRules;
import org.aigc.ecommerce.service.ListingText;
import org.aigc.vertical.compliance.NamedCheck;
import org.aigc.vertical.compliance.ScreeningContext;

/** EC-09: the listing title must fit the request channel's length limit. */
@ApplicationScoped
public class ChannelTitleLengthCheck implements NamedCheck {

    @Override
    public String name() {
        return "channel-title-length";
    }

    @Override
    public List<String> find(String normalisedText, ScreeningContext context) {
        String channel = ListingText.input(context, "channel");
        return ListingText.title(normalisedText)
                .flatMap(title -> ChannelRules.titleLengthProblem(channel, title).map(p -> title))
                .map(List::of).orElse(List.of());
    }
}
