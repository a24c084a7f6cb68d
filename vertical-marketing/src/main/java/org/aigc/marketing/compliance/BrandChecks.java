package org.aigc.marketing.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.aigc.marketing.domain.Brand;
import org.aigc.vertical.compliance.NamedCheck;
import org.aigc.vertical.compliance.ScreeningContext;
import org.aigc.vertical.compliance.TextMatcher;

/** The brand's own rules from its voice guide: words it never uses and disclosures it always carries. */
public final class BrandChecks {

    private BrandChecks() {
    }

    /** MK-02: a word on the brand's banned list. */
    @ApplicationScoped
    public static class BannedWords implements NamedCheck {

        @Override
        public String name() {
            return "brand-banned-words";
        }

        @Override
        public List<String> find(String text, ScreeningContext context) {
            return CampaignLookup.of(context.tenantId(), context.input()).brand()
                    .map(b -> TextMatcher.terms(text, b.bannedWordList(), List.of())).orElse(List.of());
        }
    }

    /** MK-03: a disclosure the brand requires is missing; the excerpt names it. */
    @ApplicationScoped
    public static class RequiredDisclosures implements NamedCheck {

        @Override
        public String name() {
            return "brand-disclosures-missing";
        }

        @Override
        public List<String> find(String text, ScreeningContext context) {
            List<String> required = CampaignLookup.of(context.tenantId(), context.input()).brand()
                    .map(Brand::requiredDisclosureList).orElse(List.of());
            return required.stream().filter(d -> !text.contains(d)).toList();
        }
    }
}
