package org.aigc.contracts;

import java.util.List;

/** The six industries. The name is the path segment, the topic suffix and the service suffix. */
public final class Verticals {

    public static final String GAMES = "games";
    public static final String MARKETING = "marketing";
    public static final String MEDIA = "media";
    public static final String ECOMMERCE = "ecommerce";
    public static final String HEALTH = "health";
    public static final String FINANCE = "finance";

    public static final List<String> ALL = List.of(GAMES, MARKETING, MEDIA, ECOMMERCE, HEALTH, FINANCE);

    /**
     * Not an industry: model calls made through the gateway's OpenAI-compatible endpoint carry this vertical, so
     * their results come back on {@code aigc.model-results.direct} to the gateway.
     */
    public static final String DIRECT = "direct";

    private Verticals() {
    }

    public static boolean isKnown(String vertical) {
        return vertical != null && ALL.contains(vertical);
    }

    public static String require(String vertical) {
        if (!isKnown(vertical)) {
            throw new IllegalArgumentException("unknown vertical: " + vertical);
        }
        return vertical;
    }

    /** Maven module, application name and Kubernetes app label of the vertical's service. */
    public static String serviceName(String vertical) {
        return "vertical-" + require(vertical);
    }
}
