package org.aigc.ecommerce.service;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Title rules per channel (EC-09): Amazon at most 200 characters including spaces; Taobao at most 60 bytes (a Chinese
 * character counts two, as in GBK; the commonly quoted limit, catalogue confidence L); Shopify 70 characters, where
 * search engines cut titles. Amazon also forbids some characters and promotional phrases in titles.
 */
public final class ChannelRules {

    public static final Set<String> CHANNELS = Set.of("amazon", "taobao", "shopify");
    /** Amazon: ! $ ? _ { } ^ ¬ ¦ are not allowed in titles. */
    public static final List<String> AMAZON_FORBIDDEN = List.of("!", "$", "?", "_", "{", "}", "^", "¬", "¦");
    public static final List<String> PROMOTIONAL = List.of("free shipping", "best seller", "bestseller", "hot item",
            "hot sale", "100% quality guaranteed", "limited time", "on sale", "cheapest", "包邮", "爆款", "热卖",
            "限时", "秒杀", "清仓");
    private static final Charset GBK = Charset.forName("GBK");

    private ChannelRules() {
    }

    /** Why the title is too long for the channel, if it is. */
    public static Optional<String> titleLengthProblem(String channel, String title) {
        return switch (channel) {
            case "amazon" -> title.length() > 200
                    ? Optional.of("amazon titles are at most 200 characters, this one has " + title.length())
                    : Optional.empty();
            case "taobao" -> bytes(title) > 60
                    ? Optional.of("taobao titles are at most 60 bytes (30 Chinese characters), this one has "
                            + bytes(title))
                    : Optional.empty();
            case "shopify" -> title.length() > 70
                    ? Optional.of("shopify titles are at most 70 characters, this one has " + title.length())
                    : Optional.empty();
            default -> Optional.empty();
        };
    }

    static int bytes(String title) {
        return title.getBytes(GBK).length;
    }
}
