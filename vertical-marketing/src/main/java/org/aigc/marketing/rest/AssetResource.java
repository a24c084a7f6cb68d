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
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.aigc.marketing.domain.Asset;
import org.aigc.marketing.domain.Campaign;
import org.aigc.vertical.rest.TenantHeader;
import org.aigc.vertical.rest.Inputs;

/** The copy of the tenant's campaigns (kept from generations or written by hand) and its approval status. */
@Path("/api/v1/marketing/assets")
@Produces(MediaType.APPLICATION_JSON)
public class AssetResource {

    static final Set<String> KINDS = Set.of("ad-copy", "social-post", "email", "slogan", "ab-variants", "manual");
    static final Set<String> STATUSES = Set.of("draft", "approved", "rejected", "published");

    public record AssetInput(Long campaignId, String kind, String content, String status, String requestId) {
    }

    @GET
    @Transactional
    public List<Asset> list(@HeaderParam(TenantHeader.NAME) String tenant,
            @QueryParam("campaignId") Long campaignId, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        String tenantId = TenantHeader.require(tenant);
        Inputs.page(page, size);
        return (campaignId == null ? Asset.<Asset>find("tenantId = ?1 order by id", tenantId)
                : Asset.<Asset>find("tenantId = ?1 and campaignId = ?2 order by id", tenantId, campaignId))
                .page(page, size).list();
    }

    @GET
    @Path("/{id}")
    @Transactional
    public Asset get(@HeaderParam(TenantHeader.NAME) String tenant, @PathParam("id") long id) {
        return Asset.byId(TenantHeader.require(tenant), id).orElseThrow(() -> Inputs.notFound("Asset", id));
    }

    @POST
    @Transactional
    public Response create(@HeaderParam(TenantHeader.NAME) String tenant, AssetInput input) {
        Asset asset = new Asset();
        asset.tenantId = TenantHeader.require(tenant);
        asset.createdAt = Instant.now();
        apply(asset, input);
        asset.persist();
        return Response.status(201).entity(asset).build();
    }

    @PUT
    @Path("/{id}")
    @Transactional
    public Asset update(@HeaderParam(TenantHeader.NAME) String tenant, @PathParam("id") long id, AssetInput input) {
        Asset asset = get(tenant, id);
        apply(asset, input);
        return asset;
    }

    @DELETE
    @Path("/{id}")
    @Transactional
    public Response delete(@HeaderParam(TenantHeader.NAME) String tenant, @PathParam("id") long id) {
        if (Asset.delete("tenantId = ?1 and id = ?2", TenantHeader.require(tenant), id) == 0) {
            throw Inputs.notFound("Asset", id);
        }
        return Response.noContent().build();
    }

    private static void apply(Asset asset, AssetInput input) {
        Inputs.body(input);
        if (input.campaignId() == null || Campaign.byId(asset.tenantId, input.campaignId()).isEmpty()) {
            throw Inputs.invalid("campaignId must name one of your campaigns");
        }
        asset.campaignId = input.campaignId();
        asset.kind = Inputs.oneOf("kind", input.kind() == null ? "manual" : input.kind(), KINDS, true);
        asset.content = Inputs.text("content", input.content(), 8000, true);
        asset.status = Inputs.oneOf("status", input.status() == null ? "draft" : input.status(), STATUSES, true);
        asset.requestId = Inputs.text("requestId", input.requestId(), 64, false);
    }
}
