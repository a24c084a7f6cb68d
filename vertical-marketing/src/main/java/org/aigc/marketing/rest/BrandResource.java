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
import org.aigc.vertical.rest.TenantHeader;
import org.aigc.vertical.rest.Inputs;

/** The tenant's brands. Every query is scoped to the caller's tenant. */
@Path("/api/v1/marketing/brands")
@Produces(MediaType.APPLICATION_JSON)
public class BrandResource {

    static final Set<String> MARKETS = Set.of("CN", "US", "EU", "UK", "JP", "KR", "GLOBAL");

    public record BrandInput(String name, String voiceGuide, String audience, List<String> bannedWords,
            List<String> requiredDisclosures, List<String> markets, List<String> registeredTrademarks) {
    }

    @GET
    @Transactional
    public List<Brand> list(@HeaderParam(TenantHeader.NAME) String tenant,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        String tenantId = TenantHeader.require(tenant);
        Inputs.page(page, size);
        return Brand.<Brand>find("tenantId = ?1 order by id", tenantId).page(page, size).list();
    }

    @GET
    @Path("/{id}")
    @Transactional
    public Brand get(@HeaderParam(TenantHeader.NAME) String tenant, @PathParam("id") long id) {
        return Brand.byId(TenantHeader.require(tenant), id).orElseThrow(() -> Inputs.notFound("Brand", id));
    }

    @POST
    @Transactional
    public Response create(@HeaderParam(TenantHeader.NAME) String tenant, BrandInput input) {
        Brand brand = new Brand();
        brand.tenantId = TenantHeader.require(tenant);
        apply(brand, input);
        brand.persist();
        return Response.status(201).entity(brand).build();
    }

    @PUT
    @Path("/{id}")
    @Transactional
    public Brand update(@HeaderParam(TenantHeader.NAME) String tenant, @PathParam("id") long id, BrandInput input) {
        Brand brand = get(tenant, id);
        apply(brand, input);
        return brand;
    }

    @DELETE
    @Path("/{id}")
    @Transactional
    public Response delete(@HeaderParam(TenantHeader.NAME) String tenant, @PathParam("id") long id) {
        if (Brand.delete("tenantId = ?1 and id = ?2", TenantHeader.require(tenant), id) == 0) {
            throw Inputs.notFound("Brand", id);
        }
        return Response.noContent().build();
    }

    private static void apply(Brand brand, BrandInput input) {
        Inputs.body(input);
        brand.name = Inputs.text("name", input.name(), 80, true);
        brand.voiceGuide = Inputs.text("voiceGuide", input.voiceGuide(), 2000, false);
        brand.audience = Inputs.text("audience", input.audience(), 300, false);
        brand.bannedWords = Inputs.strings("bannedWords", input.bannedWords(), 100, 60);
        brand.requiredDisclosures = Inputs.strings("requiredDisclosures", input.requiredDisclosures(), 10, 300);
        if (input.markets() != null && !MARKETS.containsAll(input.markets())) {
            throw Inputs.invalid("markets must be among " + MARKETS.stream().sorted().toList());
        }
        brand.markets = Inputs.strings("markets", input.markets(), 7, 8);
        brand.registeredTrademarks = Inputs.strings("registeredTrademarks", input.registeredTrademarks(), 50, 80);
    }
}
