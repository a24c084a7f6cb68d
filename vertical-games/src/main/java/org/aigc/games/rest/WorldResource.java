package org.aigc.games.rest;

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
import org.aigc.games.compliance.AgeRating;
import org.aigc.games.domain.GameWorld;
import org.aigc.vertical.rest.TenantHeader;
import org.aigc.vertical.rest.Inputs;

/** The tenant's game worlds. Every query is scoped to the caller's tenant. */
@Path("/api/v1/games/worlds")
@Produces(MediaType.APPLICATION_JSON)
public class WorldResource {

    public record WorldInput(String title, String lore, String tone, String ageRating, String locale) {
    }

    @GET
    @Transactional
    public List<GameWorld> list(@HeaderParam(TenantHeader.NAME) String tenant,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        String tenantId = TenantHeader.require(tenant);
        Inputs.page(page, size);
        return GameWorld.<GameWorld>find("tenantId = ?1 order by id", tenantId).page(page, size).list();
    }

    @GET
    @Path("/{id}")
    @Transactional
    public GameWorld get(@HeaderParam(TenantHeader.NAME) String tenant, @PathParam("id") long id) {
        return GameWorld.byId(TenantHeader.require(tenant), id).orElseThrow(() -> Inputs.notFound("World", id));
    }

    @POST
    @Transactional
    public Response create(@HeaderParam(TenantHeader.NAME) String tenant, WorldInput input) {
        GameWorld world = new GameWorld();
        world.tenantId = TenantHeader.require(tenant);
        apply(world, input);
        world.persist();
        return Response.status(201).entity(world).build();
    }

    @PUT
    @Path("/{id}")
    @Transactional
    public GameWorld update(@HeaderParam(TenantHeader.NAME) String tenant, @PathParam("id") long id,
            WorldInput input) {
        GameWorld world = get(tenant, id);
        apply(world, input);
        return world;
    }

    @DELETE
    @Path("/{id}")
    @Transactional
    public Response delete(@HeaderParam(TenantHeader.NAME) String tenant, @PathParam("id") long id) {
        String tenantId = TenantHeader.require(tenant);
        if (GameWorld.delete("tenantId = ?1 and id = ?2", tenantId, id) == 0) {
            throw Inputs.notFound("World", id);
        }
        return Response.noContent().build();
    }

    private static void apply(GameWorld world, WorldInput input) {
        Inputs.body(input);
        world.title = Inputs.text("title", input.title(), 120, true);
        world.lore = Inputs.text("lore", input.lore(), 4000, false);
        world.tone = Inputs.text("tone", input.tone(), 120, false);
        world.ageRating = Inputs.oneOf("ageRating", input.ageRating(), AgeRating.NAMES, true);
        world.locale = Inputs.text("locale", input.locale() == null ? "en" : input.locale(), 16, true);
        if (!world.locale.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
            throw Inputs.invalid("locale must be a BCP 47 tag such as en, zh-CN or nl-BE");
        }
    }
}
