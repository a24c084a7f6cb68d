package org.aigc.marketing.rest;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import org.aigc.marketing.domain.Brand;
import org.aigc.marketing.domain.Campaign;
import org.aigc.vertical.rest.TenantHeader;
import org.aigc.vertical.rest.Inputs;

/** The tenant's campaigns, each of one of its brands. */
@Path("/api/v1/marketing/campaigns")
@Produces(MediaType.APPLICATION_JSON)
public class CampaignResource {

    public static final Set<String> CHANNELS = Set.of("search", "social", "display", "email");
    public static final Set<String> CATEGORIES = Set.of("general", "food", "cosmetics", "health-food", "medical",
            "drug", "device", "investment", "education", "alcohol", "real-estate");

    public record CampaignInput(Long brandId, String name, String product, String brief, String channel,
            String category, String audience, Boolean minors, Boolean sponsored, String locale, String startsOn,
            String endsOn, String substantiation, String ecoCertification) {
    }

    @GET
    @Transactional
    public List<Campaign> list(@HeaderParam(TenantHeader.NAME) String tenant, @QueryParam("brandId") Long brandId,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        String tenantId = TenantHeader.require(tenant);
        Inputs.page(page, size);
        return (brandId == null ? Campaign.<Campaign>find("tenantId = ?1 order by id", tenantId)
                : Campaign.<Campaign>find("tenantId = ?1 and brandId = ?2 order by id", tenantId, brandId))
                .page(page, size).list();
    }

    @GET
    @Path("/{id}")
    @Transactional
    public Campaign get(@HeaderParam(TenantHeader.NAME) String tenant, @PathParam("id") long id) {
        return Campaign.byId(TenantHeader.require(tenant), id).orElseThrow(() -> Inputs.notFound("Campaign", id));
    }

    @POST
    @Transactional
    public Response create(@HeaderParam(TenantHeader.NAME) String tenant, CampaignInput input) {
        Campaign campaign = new Campaign();
        campaign.tenantId = TenantHeader.require(tenant);
        apply(campaign, input);
        campaign.persist();
        return Response.status(201).entity(campaign).build();
    }

    @PUT
    @Path("/{id}")
    @Transactional
    public Campaign update(@HeaderParam(TenantHeader.NAME) String tenant, @PathParam("id") long id,
            CampaignInput input) {
        Campaign campaign = get(tenant, id);
        apply(campaign, input);
        return campaign;
    }

    @DELETE
    @Path("/{id}")
    @Transactional
    public Response delete(@HeaderParam(TenantHeader.NAME) String tenant, @PathParam("id") long id) {
        if (Campaign.delete("tenantId = ?1 and id = ?2", TenantHeader.require(tenant), id) == 0) {
            throw Inputs.notFound("Campaign", id);
        }
        return Response.noContent().build();
    }

    private static void apply(Campaign campaign, CampaignInput input) {
        Inputs.body(input);
        if (input.brandId() == null || Brand.byId(campaign.tenantId, input.brandId()).isEmpty()) {
            throw Inputs.invalid("brandId must name one of your brands");
        }
        campaign.brandId = input.brandId();
        campaign.name = Inputs.text("name", input.name(), 120, true);
        campaign.product = Inputs.text("product", input.product(), 200, true);
        campaign.brief = Inputs.text("brief", input.brief(), 2000, true);
        campaign.channel = Inputs.oneOf("channel", input.channel(), CHANNELS, true);
        campaign.category = Inputs.oneOf("category", input.category() == null ? "general" : input.category(),
                CATEGORIES, true);
        campaign.audience = Inputs.text("audience", input.audience(), 300, false);
        campaign.minors = Boolean.TRUE.equals(input.minors());
        campaign.sponsored = Boolean.TRUE.equals(input.sponsored());
        campaign.locale = Inputs.text("locale", input.locale() == null ? "en" : input.locale(), 16, true);
        campaign.startsOn = Inputs.date("startsOn", input.startsOn());
        campaign.endsOn = Inputs.date("endsOn", input.endsOn());
        if (campaign.startsOn != null && campaign.endsOn != null && campaign.endsOn.isBefore(campaign.startsOn)) {
            throw Inputs.invalid("endsOn must not be before startsOn");
        }
        campaign.substantiation = Inputs.text("substantiation", input.substantiation(), 500, false);
        campaign.ecoCertification = Inputs.text("ecoCertification", input.ecoCertification(), 120, false);
    }
}
