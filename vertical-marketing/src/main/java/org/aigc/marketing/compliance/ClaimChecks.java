package org.aigc.marketing.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.aigc.vertical.compliance.NamedCheck;
import org.aigc.vertical.compliance.ScreeningContext;
import org.aigc.vertical.compliance.TextMatcher;

/** Claims that need proof the campaign must carry (FTC health claims guidance; Directive (EU) 2024/825). */
public final class ClaimChecks {

    private ClaimChecks() {
    }

    /** AD-13: establishment claims ("clinically proven") without a substantiation reference on the campaign. */
    @ApplicationScoped
    public static class Unsubstantiated implements NamedCheck {

        static final List<String> TERMS = List.of("clinically proven", "clinically tested", "doctor recommended",
                "doctor-recommended", "scientifically proven", "guaranteed results", "proven to", "临床证明",
                "临床验证", "医生推荐", "科学证明", "权威认证");

        @Override
        public String name() {
            return "unsubstantiated-claims";
        }

        @Override
        public List<String> find(String text, ScreeningContext context) {
            boolean substantiated = CampaignLookup.of(context.tenantId(), context.input()).campaign()
                    .map(c -> c.substantiation != null && !c.substantiation.isBlank()).orElse(false)
                    || context.input() != null && !context.input().path("substantiation").asText("").isBlank();
            return substantiated ? List.of() : TextMatcher.terms(text, TERMS, List.of());
        }
    }

    /**
     * AD-14: for EU markets, generic environmental claims need a recognised certification (EU Ecolabel, ISO 14024);
     * offset-based "carbon/climate neutral" product claims are banned outright.
     */
    @ApplicationScoped
    public static class EuGreenClaims implements NamedCheck {

        static final List<String> GENERIC = List.of("eco-friendly", "eco friendly", "environmentally friendly",
                "climate-friendly", "climate friendly", "planet-friendly", "biodegradable", "green choice",
                "环保", "生态友好", "气候友好", "可降解");
        static final List<String> NEUTRAL = List.of("carbon neutral", "carbon-neutral", "climate neutral",
                "climate-neutral", "net zero product", "碳中和", "气候中和");

        @Override
        public String name() {
            return "eu-green-claims";
        }

        @Override
        public List<String> find(String text, ScreeningContext context) {
            CampaignLookup lookup = CampaignLookup.of(context.tenantId(), context.input());
            if (!lookup.markets().contains("EU")) {
                return List.of();
            }
            List<String> found = new ArrayList<>(TextMatcher.terms(text, NEUTRAL, List.of()));
            boolean certified = lookup.campaign().map(c -> c.ecoCertification != null
                    && !c.ecoCertification.isBlank()).orElse(false);
            if (!certified) {
                found.addAll(TextMatcher.terms(text, GENERIC, List.of()));
            }
            return found;
        }
    }
}
