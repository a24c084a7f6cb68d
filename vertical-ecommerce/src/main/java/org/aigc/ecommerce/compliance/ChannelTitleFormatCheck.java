package org.aigc.ecommerce.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aigc.ecommerce.service.ListingText;
import org.aigc.vertical.compliance.NamedCheck;
import org.aigc.vertical.compliance.ScreeningContext;

/**
 * EC-09: what cannot be stripped from an Amazon title: ALL-CAPS words (five letters or more, so acronyms such as
 * USB or LED stay) other than the brand, prices, and braces. Any channel: a price in the title.
 */
@ApplicationScoped
public class ChannelTitleFormatCheck implements NamedCheck {

    private static final Pattern CAPS = Pattern.compile("\\b[A-Z]{5,}\\b");
    private static final Pattern PRICE = Pattern.compile("[€£$¥￥]\\s?\\d+(?:[.,]\\d{1,2})?|\\d+(?:\\.\\d{1,2})?\\s?元");

    @Override
    public String name() {
        return "channel-title-format";
    }

    @Override
    public List<String> find(String normalisedText, ScreeningContext context) {
        String title = ListingText.title(normalisedText).orElse("");
        List<String> found = new ArrayList<>();
        Matcher price = PRICE.matcher(title);
        while (price.find()) {
            found.add(price.group());
        }
        if ("amazon".equals(ListingText.input(context, "channel"))) {
            String brand = ListingText.product(context).map(p -> p.brand == null ? "" : p.brand).orElse("");
            Matcher caps = CAPS.matcher(title);
            while (caps.find()) {
                if (!caps.group().equalsIgnoreCase(brand)) {
                    found.add(caps.group());
                }
            }
            if (title.contains("{") || title.contains("}")) {
                found.add(title.contains("{") ? "{" : "}");
            }
        }
        return found;
    }
}
