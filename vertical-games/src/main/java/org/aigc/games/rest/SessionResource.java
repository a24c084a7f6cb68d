package org.aigc.games.rest;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.aigc.games.domain.DialogueSession;
import org.aigc.games.domain.DialogueTurn;
import org.aigc.games.domain.GameCharacter;
import org.aigc.vertical.rest.TenantHeader;
import org.aigc.vertical.rest.Inputs;

/**
 * Dialogue sessions: one per player and character, holding the turns the character remembers. A reset forgets the
 * turns and keeps the session.
 */
@Path("/api/v1/games/sessions")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    public record SessionInput(Long characterId, String playerId) {
    }

    @GET
    @Transactional
    public List<DialogueSession> list(@HeaderParam(TenantHeader.NAME) String tenant,
            @QueryParam("characterId") Long characterId, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        String tenantId = TenantHeader.require(tenant);
        Inputs.page(page, size);
        return (characterId == null
                ? DialogueSession.<DialogueSession>find("tenantId = ?1 order by id", tenantId)
                : DialogueSession.<DialogueSession>find("tenantId = ?1 and characterId = ?2 order by id", tenantId,
                        characterId)).page(page, size).list();
    }

    /** Opens the player's session with the character, or returns the one that exists (200). */
    @POST
    @Transactional
    public Response open(@HeaderParam(TenantHeader.NAME) String tenant, SessionInput input) {
        String tenantId = TenantHeader.require(tenant);
        Inputs.body(input);
        if (input.characterId() == null || GameCharacter.byId(tenantId, input.characterId()).isEmpty()) {
            throw Inputs.invalid("characterId must name one of your characters");
        }
        String player = Inputs.text("playerId", input.playerId(), 64, true);
        if (!player.matches("[A-Za-z0-9._:@-]+")) {
            throw Inputs.invalid("playerId may hold letters, digits and . _ : @ - only");
        }
        boolean exists = DialogueSession.of(tenantId, input.characterId(), player).isPresent();
        DialogueSession session = DialogueSession.findOrCreate(tenantId, input.characterId(), player);
        return Response.status(exists ? 200 : 201).entity(session).build();
    }

    @GET
    @Path("/{id}")
    @Transactional
    public DialogueSession get(@HeaderParam(TenantHeader.NAME) String tenant, @PathParam("id") long id) {
        return DialogueSession.byId(TenantHeader.require(tenant), id)
                .orElseThrow(() -> Inputs.notFound("Session", id));
    }

    /** The turns, oldest first. */
    @GET
    @Path("/{id}/turns")
    @Transactional
    public List<DialogueTurn> turns(@HeaderParam(TenantHeader.NAME) String tenant, @PathParam("id") long id,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        DialogueSession session = get(tenant, id);
        Inputs.page(page, size);
        return DialogueTurn.<DialogueTurn>find("tenantId = ?1 and sessionId = ?2 order by id", session.tenantId,
                session.id).page(page, size).list();
    }

    /** Forgets the conversation: the next reply starts without memory. */
    @POST
    @Path("/{id}/reset")
    @Transactional
    public Response reset(@HeaderParam(TenantHeader.NAME) String tenant, @PathParam("id") long id) {
        DialogueSession session = get(tenant, id);
        DialogueTurn.delete("tenantId = ?1 and sessionId = ?2", session.tenantId, session.id);
        return Response.noContent().build();
    }

    @DELETE
    @Path("/{id}")
    @Transactional
    public Response delete(@HeaderParam(TenantHeader.NAME) String tenant, @PathParam("id") long id) {
        DialogueSession session = get(tenant, id);
        session.delete();
        return Response.noContent().build();
    }
}
