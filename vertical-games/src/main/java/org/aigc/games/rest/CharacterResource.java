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
import org.aigc.games.domain.GameCharacter;
import org.aigc.games.domain.GameWorld;
import org.aigc.vertical.rest.TenantHeader;
import org.aigc.vertical.rest.Inputs;

/** The tenant's non-player characters, each in one of the tenant's worlds. */
@Path("/api/v1/games/characters")
@Produces(MediaType.APPLICATION_JSON)
public class CharacterResource {

    public record CharacterInput(Long worldId, String name, String persona, String backstory, String speechStyle,
            String knowledgeLimits) {
    }

    @GET
    @Transactional
    public List<GameCharacter> list(@HeaderParam(TenantHeader.NAME) String tenant,
            @QueryParam("worldId") Long worldId, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        String tenantId = TenantHeader.require(tenant);
        Inputs.page(page, size);
        return (worldId == null ? GameCharacter.<GameCharacter>find("tenantId = ?1 order by id", tenantId)
                : GameCharacter.<GameCharacter>find("tenantId = ?1 and worldId = ?2 order by id", tenantId, worldId))
                .page(page, size).list();
    }

    @GET
    @Path("/{id}")
    @Transactional
    public GameCharacter get(@HeaderParam(TenantHeader.NAME) String tenant, @PathParam("id") long id) {
        return GameCharacter.byId(TenantHeader.require(tenant), id)
                .orElseThrow(() -> Inputs.notFound("Character", id));
    }

    @POST
    @Transactional
    public Response create(@HeaderParam(TenantHeader.NAME) String tenant, CharacterInput input) {
        GameCharacter character = new GameCharacter();
        character.tenantId = TenantHeader.require(tenant);
        apply(character, input);
        character.persist();
        return Response.status(201).entity(character).build();
    }

    @PUT
    @Path("/{id}")
    @Transactional
    public GameCharacter update(@HeaderParam(TenantHeader.NAME) String tenant, @PathParam("id") long id,
            CharacterInput input) {
        GameCharacter character = get(tenant, id);
        apply(character, input);
        return character;
    }

    @DELETE
    @Path("/{id}")
    @Transactional
    public Response delete(@HeaderParam(TenantHeader.NAME) String tenant, @PathParam("id") long id) {
        if (GameCharacter.delete("tenantId = ?1 and id = ?2", TenantHeader.require(tenant), id) == 0) {
            throw Inputs.notFound("Character", id);
        }
        return Response.noContent().build();
    }

    private static void apply(GameCharacter character, CharacterInput input) {
        Inputs.body(input);
        if (input.worldId() == null || GameWorld.byId(character.tenantId, input.worldId()).isEmpty()) {
            throw Inputs.invalid("worldId must name one of your worlds");
        }
        character.worldId = input.worldId();
        character.name = Inputs.text("name", input.name(), 60, true);
        character.persona = Inputs.text("persona", input.persona(), 1000, true);
        character.backstory = Inputs.text("backstory", input.backstory(), 4000, false);
        character.speechStyle = Inputs.text("speechStyle", input.speechStyle(), 300, false);
        character.knowledgeLimits = Inputs.text("knowledgeLimits", input.knowledgeLimits(), 1000, false);
    }
}
