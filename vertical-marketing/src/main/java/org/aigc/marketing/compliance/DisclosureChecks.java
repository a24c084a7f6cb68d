package org.aigc.marketing.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.aigc.vertical.compliance.NamedCheck;
import org.aigc.vertical.compliance.ScreeningContext;
import org.aigc.vertical.compliance.TextMatcher;

/**
 * AD-10 (an internet ad must be identifiable as an ad) and AD-11 (a material connection must be disclosed). Each
 * check reports a missing marker with an empty excerpt; the rule row decides: APPEND the marker to text copy (one
 * row per language, as APPEND text is fixed per row) or REVIEW for JSON copy, which cannot be appended to.
 */
public final class DisclosureChecks {

    static final List<String> AD_MARKERS = List.of("广告", "ad", "ads", "#ad", "sponsored", "advertisement", "推广");
    static final List<String> SPONSOR_MARKERS = List.of("#ad", "#sponsored", "sponsored", "paid partnership",
            "合作推广", "赞助", "广告");

    private DisclosureChecks() {
    }

    static List<String> missing(String text, List<String> markers) {
        return TextMatcher.terms(text, markers, List.of()).isEmpty() ? List.of("") : List.of();
    }

    abstract static class Marker implements NamedCheck {

        /** null: any locale; true: Chinese copy only; false: non-Chinese copy only. */
        abstract Boolean chinese();

        abstract boolean applies(ScreeningContext context);

        abstract List<String> markers();

        @Override
        public List<String> find(String text, ScreeningContext context) {
            Boolean zh = chinese();
            if (zh != null && zh != CampaignLookup.chinese(context.locale()) || !applies(context)) {
                return List.of();
            }
            return missing(text, markers());
        }
    }

    abstract static class AdMarker extends Marker {
        @Override
        boolean applies(ScreeningContext context) {
            return true;
        }

        @Override
        List<String> markers() {
            return AD_MARKERS;
        }
    }

    abstract static class SponsorMarker extends Marker {
        @Override
        boolean applies(ScreeningContext context) {
            return CampaignLookup.of(context.tenantId(), context.input()).sponsored();
        }

        @Override
        List<String> markers() {
            return SPONSOR_MARKERS;
        }
    }

    @ApplicationScoped
    public static class AdMarkerAny extends AdMarker {
        public String name() { return "ad-marker-missing"; }
        Boolean chinese() { return null; }
    }

    @ApplicationScoped
    public static class AdMarkerZh extends AdMarker {
        public String name() { return "ad-marker-missing-zh"; }
        Boolean chinese() { return true; }
    }

    @ApplicationScoped
    public static class AdMarkerOther extends AdMarker {
        public String name() { return "ad-marker-missing-other"; }
        Boolean chinese() { return false; }
    }

    @ApplicationScoped
    public static class SponsorAny extends SponsorMarker {
        public String name() { return "sponsorship-missing"; }
        Boolean chinese() { return null; }
    }

    @ApplicationScoped
    public static class SponsorZh extends SponsorMarker {
        public String name() { return "sponsorship-missing-zh"; }
        Boolean chinese() { return true; }
    }

    @ApplicationScoped
    public static class SponsorOther extends SponsorMarker {
        public String name() { return "sponsorship-missing-other"; }
        Boolean chinese() { return false; }
    }
}
