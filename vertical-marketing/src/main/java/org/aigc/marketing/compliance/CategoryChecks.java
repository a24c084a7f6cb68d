package org.aigc.marketing.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.aigc.vertical.compliance.NamedCheck;
import org.aigc.vertical.compliance.ScreeningContext;
import org.aigc.vertical.compliance.TextMatcher;

/** Rules that depend on the campaign's product category (广告法 Arts 17, 18, 25). */
public final class CategoryChecks {

    static final Set<String> MEDICAL = Set.of("medical", "drug", "device");

    private CategoryChecks() {
    }

    /** AD-03: disease treatment or medical terms in an ad that is not a medical, drug or device ad. */
    @ApplicationScoped
    public static class DiseaseClaims implements NamedCheck {

        static final String CLAIMS = "(治疗|治愈|根治|预防|医治)[^，。,.!！\\n]{0,8}(病|癌|炎|症)|消炎|降血糖|降血压|抗癌|防癌"
                + "|\\b(?:cures?|treats?|heals?|prevents?)\\b[^.,!\\n]{0,20}\\b(?:diabetes|cancer|arthritis|eczema"
                + "|acne|insomnia|disease|flu|infections?)\\b";

        @Override
        public String name() {
            return "non-medical-disease-claims";
        }

        @Override
        public List<String> find(String text, ScreeningContext context) {
            String category = CampaignLookup.of(context.tenantId(), context.input()).category();
            return MEDICAL.contains(category) ? List.of() : TextMatcher.regex(text, CLAIMS, List.of());
        }
    }

    /** AD-04: efficacy or safety guarantees in a health-food ad. */
    @ApplicationScoped
    public static class HealthFoodClaims implements NamedCheck {

        static final List<String> TERMS = List.of("保证", "无副作用", "100%有效", "替代药物", "代替药物治疗",
                "no side effects", "guaranteed", "100% effective", "replaces medicine");

        @Override
        public String name() {
            return "health-food-claims";
        }

        @Override
        public List<String> find(String text, ScreeningContext context) {
            boolean healthFood = "health-food".equals(CampaignLookup.of(context.tenantId(), context.input())
                    .category());
            return healthFood ? TextMatcher.terms(text, TERMS, List.of("本品不能代替药物")) : List.of();
        }
    }

    /** AD-04: a health-food ad without "本品不能代替药物" (the rule row appends it, or sends JSON copy to review). */
    @ApplicationScoped
    public static class HealthFoodNotice implements NamedCheck {

        @Override
        public String name() {
            return "health-food-notice-missing";
        }

        @Override
        public List<String> find(String text, ScreeningContext context) {
            boolean healthFood = "health-food".equals(CampaignLookup.of(context.tenantId(), context.input())
                    .category());
            return healthFood && !text.contains("本品不能代替药物") ? List.of("") : List.of();
        }
    }

    /** AD-06: an investment ad without a risk warning. */
    @ApplicationScoped
    public static class InvestmentWarning implements NamedCheck {

        static final List<String> WARNINGS = List.of("投资有风险", "investing involves risk", "investment involves risk",
                "capital at risk", "may lose");

        @Override
        public String name() {
            return "investment-warning-missing";
        }

        @Override
        public List<String> find(String text, ScreeningContext context) {
            boolean investment = "investment".equals(CampaignLookup.of(context.tenantId(), context.input())
                    .category());
            return investment && TextMatcher.terms(text, WARNINGS, List.of()).isEmpty() ? List.of("") : List.of();
        }
    }

    /**
     * AD-05: a drug (OTC; prescription drugs may not be advertised online at all) or device ad without its required
     * warning sentence. One bean per category, because the rule row's APPEND text is fixed.
     */
    abstract static class MedicalWarning implements NamedCheck {

        abstract String category();

        abstract String warning();

        @Override
        public List<String> find(String text, ScreeningContext context) {
            boolean applies = category().equals(CampaignLookup.of(context.tenantId(), context.input()).category());
            return applies && !text.contains(warning()) ? List.of("") : List.of();
        }
    }

    @ApplicationScoped
    public static class DrugWarning extends MedicalWarning {
        static final String TEXT = "请按药品说明书或者在药师指导下购买和使用";

        public String name() { return "drug-warning-missing"; }
        String category() { return "drug"; }
        String warning() { return TEXT; }
    }

    @ApplicationScoped
    public static class DeviceWarning extends MedicalWarning {
        static final String TEXT = "请仔细阅读产品说明书或者在医务人员的指导下购买和使用";

        public String name() { return "device-warning-missing"; }
        String category() { return "device"; }
        String warning() { return TEXT; }
    }
}
