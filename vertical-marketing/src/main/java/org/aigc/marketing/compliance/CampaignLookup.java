package org.aigc.marketing.compliance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.aigc.marketing.domain.Asset;
import org.aigc.marketing.domain.Brand;
import org.aigc.marketing.domain.Campaign;

/**
 * The campaign and brand a request is about (its campaignId, or the campaign of its assetId), so checks can use the
 * category, audience, markets and trademarks. Inline requests (no campaign) get the general defaults.
 */
public record CampaignLookup(Optional<Campaign> campaign, Optional<Brand> brand) {

    public static CampaignLookup of(String tenantId, JsonNode input) {
        Long campaignId = id(input, "campaignId");
        if (campaignId == null && id(input, "assetId") != null) {
            campaignId = Asset.byId(tenantId, id(input, "assetId")).map(a -> a.campaignId).orElse(null);
        }
        Optional<Campaign> campaign = Campaign.byId(tenantId, campaignId);
        return new CampaignLookup(campaign, campaign.flatMap(c -> Brand.byId(tenantId, c.brandId)));
    }

    public String category() {
        return campaign.map(c -> c.category).orElse("general");
    }

    public boolean minors() {
        return campaign.map(c -> c.minors).orElse(false);
    }

    public boolean sponsored() {
        return campaign.map(c -> c.sponsored).orElse(false);
    }

    public List<String> markets() {
        return brand.map(Brand::marketList).orElse(List.of());
    }

    public String channel(JsonNode input) {
        String channel = input == null ? "" : input.path("channel").asText("");
        return channel.isEmpty() ? campaign.map(c -> c.channel).orElse("display") : channel;
    }

    public static boolean chinese(String locale) {
        return locale != null && locale.toLowerCase(Locale.ROOT).startsWith("zh");
    }

    static Long id(JsonNode input, String field) {
        JsonNode node = input == null ? null : input.get(field);
        return node != null && node.canConvertToLong() ? node.asLong() : null;
    }
}
