package org.aigc.marketing.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aigc.contracts.FieldError;
import org.aigc.contracts.GenerationRequested;
import org.aigc.marketing.domain.Asset;
import org.aigc.vertical.service.EnrichmentException;
import org.aigc.vertical.service.TaskEnricher;

/** Brand and campaign data for every marketing task; ab-variants also gets the asset it varies. */
public final class CopyEnrichers {

    private CopyEnrichers() {
    }

    abstract static class CampaignEnricher implements TaskEnricher {
        @Override
        public Map<String, Object> enrich(GenerationRequested request) {
            return CopyData.forCampaign(request.tenantId(), CopyData.id(request.input(), "campaignId"));
        }
    }

    /** ad-copy: the stored campaign, or the brand, product and brief the request carries. */
    @ApplicationScoped
    public static class AdCopy extends CampaignEnricher {
        @Override
        public String task() {
            return "ad-copy";
        }

        @Override
        public Map<String, Object> enrich(GenerationRequested request) {
            return request.input().has("campaignId") ? super.enrich(request) : CopyData.inline(request.input());
        }
    }

    @ApplicationScoped
    public static class SocialPost extends CampaignEnricher {
        @Override
        public String task() {
            return "social-post";
        }
    }

    @ApplicationScoped
    public static class Email extends CampaignEnricher {
        @Override
        public String task() {
            return "email";
        }
    }

    @ApplicationScoped
    public static class Slogan extends CampaignEnricher {
        @Override
        public String task() {
            return "slogan";
        }
    }

    /** ab-variants: the asset to vary, with its campaign and brand. */
    @ApplicationScoped
    public static class AbVariants implements TaskEnricher {
        @Override
        public String task() {
            return "ab-variants";
        }

        @Override
        public Map<String, Object> enrich(GenerationRequested request) {
            Asset asset = Asset.byId(request.tenantId(), CopyData.id(request.input(), "assetId"))
                    .orElseThrow(() -> new EnrichmentException("UNKNOWN_ASSET",
                            "no asset with this assetId for your tenant",
                            List.of(new FieldError("assetId", "no asset with this id"))));
            Map<String, Object> model = new HashMap<>(CopyData.forCampaign(request.tenantId(), asset.campaignId));
            model.put("asset", Map.of("kind", asset.kind, "content", asset.content));
            return model;
        }
    }
}
