package org.aigc.games.rest;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.aigc.games.domain.GameWorld;
import org.aigc.games.domain.Quest;
import org.aigc.vertical.rest.TenantHeader;
import org.aigc.vertical.rest.Inputs;

/** The tenant's quests, per world. */
@Path("/api/v1/games/quests")
@Produces(MediaType.APPLICATION_JSON)
public class QuestResource {

    public record QuestInput(Long worldId, String title, String hook, Integer levelMin, Integer levelMax,
            JsonNode body) {
    }

    @GET
    @Transactional
    public List<Quest> list(@HeaderParam(TenantHeader.NAME) String tenant, @QueryParam("worldId") Long worldId,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        String tenantId = TenantHeader.require(tenant);
        Inputs.page(page, size);
        return (worldId == null ? Quest.<Quest>find("tenantId = ?1 order by id", tenantId)
                : Quest.<Quest>find("tenantId = ?1 and worldId = ?2 order by id", tenantId, worldId))
                .page(page, size).list();
    }

    @GET
    @Path("/{id}")
    @Transactional
    public Quest get(@HeaderParam(TenantHeader.NAME) String tenant, @PathParam("id") long id) {
        return Quest.byId(TenantHeader.require(tenant), id).orElseThrow(() -> Inputs.notFound("Quest", id));
    }

    @POST
    @Transactional
    public Response create(@HeaderParam(TenantHeader.NAME) String tenant, QuestInput input) {
        Quest quest = new Quest();
        quest.tenantId = TenantHeader.require(tenant);
        apply(quest, input);
        quest.persist();
        return Response.status(201).entity(quest).build();
    }

    @PUT
    @Path("/{id}")
    @Transactional
    public Quest update(@HeaderParam(TenantHeader.NAME) String tenant, @PathParam("id") long id, QuestInput input) {
        Quest quest = get(tenant, id);
        apply(quest, input);
        return quest;
    }

    @DELETE
    @Path("/{id}")
    @Transactional
    public Response delete(@HeaderParam(TenantHeader.NAME) String tenant, @PathParam("id") long id) {
        if (Quest.delete("tenantId = ?1 and id = ?2", TenantHeader.require(tenant), id) == 0) {
            throw Inputs.notFound("Quest", id);
        }
        return Response.noContent().build();
    }

    private static void apply(Quest quest, QuestInput input) {
        Inputs.body(input);
        if (input.worldId() == null || GameWorld.byId(quest.tenantId, input.worldId()).isEmpty()) {
            throw Inputs.invalid("worldId must name one of your worlds");
        }
        quest.worldId = input.worldId();
        quest.title = Inputs.text("title", input.title(), 120, true);
        quest.hook = Inputs.text("hook", input.hook(), 1000, false);
        quest.levelMin = Inputs.range("levelMin", input.levelMin(), 1, 200);
        quest.levelMax = Inputs.range("levelMax", input.levelMax(), quest.levelMin, 200);
        JsonNode body = input.body();
        if (body != null && (!body.isObject() || body.toString().length() > 16_000)) {
            throw Inputs.invalid("body must be a JSON object of at most 16000 characters");
        }
        quest.body = body == null ? "{}" : body.toString();
    }
}
