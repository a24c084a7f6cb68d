package org.aigc.media.rest;

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
import org.aigc.media.domain.Outlet;
import org.aigc.vertical.rest.TenantHeader;
import org.aigc.vertical.rest.Inputs;

/** The tenant's outlets. Every query is scoped to the caller's tenant. */
@Path("/api/v1/media/outlets")
@Produces(MediaType.APPLICATION_JSON)
public class OutletResource {

    public record OutletInput(String name, String styleGuide, String locale) {
    }

    @GET
    @Transactional
    public List<Outlet> list(@HeaderParam(TenantHeader.NAME) String tenant,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        String tenantId = TenantHeader.require(tenant);
        Inputs.page(page, size);
        return Outlet.<Outlet>find("tenantId = ?1 order by id", tenantId).page(page, size).list();
    }

    @GET
    @Path("/{id}")
    @Transactional
    public Outlet get(@HeaderParam(TenantHeader.NAME) String tenant, @PathParam("id") long id) {
        return Outlet.byId(TenantHeader.require(tenant), id).orElseThrow(() -> Inputs.notFound("Outlet", id));
    }

    @POST
    @Transactional
    public Response create(@HeaderParam(TenantHeader.NAME) String tenant, OutletInput input) {
        Outlet outlet = new Outlet();
        outlet.tenantId = TenantHeader.require(tenant);
        apply(outlet, input);
        outlet.persist();
        return Response.status(201).entity(outlet).build();
    }

    @PUT
    @Path("/{id}")
    @Transactional
    public Outlet update(@HeaderParam(TenantHeader.NAME) String tenant, @PathParam("id") long id,
            OutletInput input) {
        Outlet outlet = get(tenant, id);
        apply(outlet, input);
        return outlet;
    }

    @DELETE
    @Path("/{id}")
    @Transactional
    public Response delete(@HeaderParam(TenantHeader.NAME) String tenant, @PathParam("id") long id) {
        if (Outlet.delete("tenantId = ?1 and id = ?2", TenantHeader.require(tenant), id) == 0) {
            throw Inputs.notFound("Outlet", id);
        }
        return Response.noContent().build();
    }

    private static void apply(Outlet outlet, OutletInput input) {
        Inputs.body(input);
        outlet.name = Inputs.text("name", input.name(), 100, true);
        outlet.styleGuide = Inputs.text("styleGuide", input.styleGuide(), 4000, false);
        outlet.locale = Inputs.text("locale", input.locale() == null ? "en" : input.locale(), 16, true);
    }
}
