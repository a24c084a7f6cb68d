package org.aigc.marketing.rest;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.aigc.marketing.domain.Asset;
import org.aigc.marketing.domain.Brand;
import org.aigc.marketing.domain.Campaign;
import org.aigc.vertical.rest.TenantHeader;

/**
 * A small realistic data set for the caller's tenant (a tea brand sold in China and the EU, a search campaign and a
 * sponsored social campaign, one approved asset). Idempotent: a tenant that already has brands gets 200 and nothing
 * new. {@code ./aigc up} can call it through the gateway with the demo key.
 */
@Path("/api/v1/marketing/demo-data")
@Produces(MediaType.APPLICATION_JSON)
public class DemoDataResource {

    @POST
    @Transactional
    public Response seed(@HeaderParam(TenantHeader.NAME) String tenant) {
        String tenantId = TenantHeader.require(tenant);
        if (Brand.count("tenantId", tenantId) > 0) {
            return Response.ok(Map.of("seeded", false)).build();
        }
        Brand brand = new Brand();
        brand.tenantId = tenantId;
        brand.name = "Cloudleaf";
        brand.voiceGuide = "Calm, precise and warm; short sentences; no exclamation marks; never shouty.";
        brand.audience = "Urban tea lovers, 25-45";
        brand.bannedWords = "[\"cheap\", \"miracle\", \"detox\"]";
        brand.requiredDisclosures = "[]";
        brand.markets = "[\"CN\", \"EU\"]";
        brand.registeredTrademarks = "[\"Cloudleaf\", \"最佳拍档\"]";
        brand.persist();
        Campaign search = campaign(brand, "Spring cold brew", "Cold-brew jasmine tea", "search", false,
                "Launch the cold-brew jasmine tea for warm spring afternoons; stress the fresh jasmine aroma.");
        campaign(brand, "Tea club partnership", "Cloudleaf tea club subscription", "social", true,
                "Creators share their afternoon tea ritual with the monthly tea club box.");
        Asset asset = new Asset();
        asset.tenantId = tenantId;
        asset.campaignId = search.id;
        asset.kind = "ad-copy";
        asset.content = "Jasmine, cold-brewed | Fresh jasmine aroma for warm afternoons. | Try it";
        asset.status = "approved";
        asset.createdAt = Instant.now();
        asset.persist();
        return Response.status(201).entity(Map.of("seeded", true, "brandId", brand.id, "campaignId", search.id,
                "assetId", asset.id)).build();
    }

    private static Campaign campaign(Brand brand, String name, String product, String channel, boolean sponsored,
            String brief) {
        Campaign c = new Campaign();
        c.tenantId = brand.tenantId;
        c.brandId = brand.id;
        c.name = name;
        c.product = product;
        c.brief = brief;
        c.channel = channel;
        c.category = "food";
        c.audience = "Adults who drink tea daily";
        c.sponsored = sponsored;
        c.locale = "en";
        c.startsOn = LocalDate.of(2027, 3, 1);
        c.endsOn = LocalDate.of(2027, 4, 30);
        c.persist();
        return c;
    }
}
