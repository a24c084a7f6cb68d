package org.aigc.marketing.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aigc.contracts.FieldError;
import org.aigc.marketing.domain.Brand;
import org.aigc.marketing.domain.Campaign;
import org.aigc.vertical.service.EnrichmentException;

/**
 * The brand and campaign as prompt-template values: voice guide, audience, banned words, required disclosures and
 * registered trademarks. Absent texts become empty strings, so templates test them with {@code {#if}}.
 */
final class CopyData {

    private CopyData() {
    }

    static Map<String, Object> forCampaign(String tenantId, Long campaignId) {
        Campaign campaign = Campaign.byId(tenantId, campaignId).orElseThrow(() -> new EnrichmentException(
                "UNKNOWN_CAMPAIGN", "no campaign with this campaignId for your tenant",
                List.of(new FieldError("campaignId", "no campaign with this id"))));
        Brand brand = Brand.byId(tenantId, campaign.brandId).orElseThrow();
        return Map.of("brand", brand(brand), "campaign", campaign(campaign));
    }

    /** ad-copy's inline mode: the brand, product and brief come with the request. */
    static Map<String, Object> inline(JsonNode input) {
        Map<String, Object> brand = new HashMap<>();
        brand.put("name", input.path("brand").asText());
        brand.put("voiceGuide", "");
        brand.put("audience", "");
        brand.put("bannedWords", "");
        brand.put("requiredDisclosures", List.of());
        brand.put("trademarks", "");
        Map<String, Object> campaign = new HashMap<>();
        campaign.put("product", input.path("product").asText());
        campaign.put("brief", input.path("brief").asText());
        campaign.put("audience", input.path("audience").asText(""));
        campaign.put("category", "general");
        campaign.put("minors", false);
        campaign.put("sponsored", false);
        campaign.put("channel", input.path("channel").asText(""));
        return Map.of("brand", brand, "campaign", campaign);
    }

    static Long id(JsonNode input, String field) {
        JsonNode node = input.get(field);
        return node != null && node.canConvertToLong() ? node.asLong() : null;
    }

    private static Map<String, Object> brand(Brand b) {
        Map<String, Object> m = new HashMap<>();
        m.put("name", b.name);
        m.put("voiceGuide", nz(b.voiceGuide));
        m.put("audience", nz(b.audience));
        m.put("bannedWords", String.join(", ", b.bannedWordList()));
        m.put("requiredDisclosures", b.requiredDisclosureList());
        m.put("trademarks", String.join(", ", b.trademarkList()));
        return m;
    }

    private static Map<String, Object> campaign(Campaign c) {
        Map<String, Object> m = new HashMap<>();
        m.put("name", c.name);
        m.put("product", c.product);
        m.put("brief", c.brief);
        m.put("audience", nz(c.audience));
        m.put("category", c.category);
        m.put("minors", c.minors);
        m.put("sponsored", c.sponsored);
        m.put("channel", c.channel);
        return m;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
