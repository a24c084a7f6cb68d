package org.aigc.marketing.compliance;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aigc.contracts.Json;
import org.aigc.contracts.MalformedEventException;
import org.aigc.vertical.compliance.NamedCheck;
import org.aigc.vertical.compliance.ScreeningContext;

/**
 * MK-01: every variant fits its channel (Google Ads responsive search ads: headline 30, description 90 characters;
 * Meta primary text about 125 before truncation; display and email generous) and the answer has exactly the number
 * of variants asked for. Characters are code points, so a Chinese character counts as one.
 */
@ApplicationScoped
public class ChannelLengthCheck implements NamedCheck {

    record Limits(int headline, int body, int cta) {
    }

    static final Map<String, Limits> LIMITS = Map.of(
            "search", new Limits(30, 90, 15),
            "social", new Limits(40, 125, 20),
            "display", new Limits(60, 200, 25),
            "email", new Limits(60, 200, 25));

    @Override
    public String name() {
        return "channel-length";
    }

    @Override
    public List<String> find(String text, ScreeningContext context) {
        JsonNode output;
        try {
            output = Json.tree(text);
        } catch (MalformedEventException e) {
            return List.of();
        }
        JsonNode variants = output.path("variants");
        String channel = CampaignLookup.of(context.tenantId(), context.input()).channel(context.input());
        Limits limits = LIMITS.getOrDefault(channel, LIMITS.get("display"));
        List<String> found = new ArrayList<>();
        for (JsonNode v : variants) {
            over(found, "headline", v.path("headline").asText(), limits.headline(), channel);
            over(found, "body", v.path("body").asText(), limits.body(), channel);
            over(found, "cta", v.path("cta").asText(), limits.cta(), channel);
        }
        JsonNode wanted = context.input() == null ? null
                : context.input().has("variants") ? context.input().get("variants") : context.input().get("count");
        if (wanted != null && wanted.isInt() && variants.size() != wanted.asInt()) {
            found.add(variants.size() + " variants instead of " + wanted.asInt());
        }
        return found;
    }

    private static void over(List<String> found, String field, String value, int max, String channel) {
        int length = value.codePointCount(0, value.length());
        if (length > max) {
            found.add(value + " (" + field + " " + length + " > " + max + " for " + channel + ")");
        }
    }
}
