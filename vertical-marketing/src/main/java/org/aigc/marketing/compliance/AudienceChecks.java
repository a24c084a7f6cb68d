package org.aigc.marketing.compliance;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.aigc.vertical.compliance.NamedCheck;
import org.aigc.vertical.compliance.ScreeningContext;
import org.aigc.vertical.compliance.TextMatcher;

/** Who the ad speaks to and who speaks in it (广告法 Arts 38, 40; UCPD Annex I No. 28). */
public final class AudienceChecks {

    private AudienceChecks() {
    }

    /** AD-08: copy for a campaign whose audience includes children may not urge them (or their parents) to buy. */
    @ApplicationScoped
    public static class MinorCallToAction implements NamedCheck {

        static final String EXHORTATION = "快让爸爸妈妈买|让爸爸妈妈给你买|让爸妈买|叫爸爸妈妈买|叫爸妈买|快去买|赶紧买"
                + "|\\bask (?:your )?(?:parents|mum|mom|dad|mommy|daddy)\\b|\\btell your (?:parents|mum|mom|dad)\\b"
                + "|\\bbuy\\b[^.!?\\n]{0,30}\\bnow\\b";

        @Override
        public String name() {
            return "minor-call-to-action";
        }

        @Override
        public List<String> find(String text, ScreeningContext context) {
            boolean minors = CampaignLookup.of(context.tenantId(), context.input()).minors();
            return minors ? TextMatcher.regex(text, EXHORTATION, List.of()) : List.of();
        }
    }

    /** AD-08: categories that media aimed at minors may not carry. */
    @ApplicationScoped
    public static class MinorRestrictedCategory implements NamedCheck {

        static final Set<String> BANNED = Set.of("medical", "drug", "device", "health-food", "cosmetics", "alcohol");

        @Override
        public String name() {
            return "minor-restricted-category";
        }

        @Override
        public List<String> find(String text, ScreeningContext context) {
            CampaignLookup lookup = CampaignLookup.of(context.tenantId(), context.input());
            return lookup.minors() && BANNED.contains(lookup.category())
                    ? List.of("category " + lookup.category() + " for an audience with minors") : List.of();
        }
    }

    /** AD-09: no endorser under 10, and a named endorser must have used the product. */
    @ApplicationScoped
    public static class EndorserEligibility implements NamedCheck {

        @Override
        public String name() {
            return "endorser-eligibility";
        }

        @Override
        public List<String> find(String text, ScreeningContext context) {
            JsonNode endorser = context.input() == null ? null : context.input().get("endorser");
            if (endorser == null || !endorser.isObject()) {
                return List.of();
            }
            List<String> found = new ArrayList<>();
            String name = endorser.path("name").asText("endorser");
            if (endorser.path("age").isInt() && endorser.path("age").asInt() < 10) {
                found.add(name + " is under 10");
            }
            if (!endorser.path("hasUsedProduct").asBoolean(false)) {
                found.add(name + " has not confirmed using the product");
            }
            return found;
        }
    }
}
