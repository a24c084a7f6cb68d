package org.aigc.media.provenance;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.aigc.contracts.Json;
import org.aigc.media.domain.Piece;
import org.aigc.vertical.domain.AuditEvent;
import org.aigc.vertical.domain.Generation;
import org.aigc.vertical.rest.Inputs;
import org.aigc.vertical.rest.TenantHeader;

/**
 * MD-08: the copyright record of a piece. It ties the human contribution (the prompt log, the editor's edits and
 * selection, who reviewed it) to the audit id of the generation, and never names the AI as an author, as the US
 * Copyright Office's 2023 guidance asks of registrations that include AI-generated material (and Li v. Liu for the
 * human's creative choices in China).
 */
@Path("/api/v1/media/pieces/{id}/provenance")
@Produces(MediaType.APPLICATION_JSON)
public class ProvenanceResource {

    static final String SOURCE = "USCO registration guidance (2023), Copyright and AI Part 2 report; "
            + "Li v. Liu, Beijing Internet Court (2023) (catalogue MD-08)";
    static final String AUTHORSHIP = "The AI is not an author. Authorship rests with the human contribution recorded "
            + "here; when registering in the US, disclose and exclude the AI-generated parts.";

    /** One audited step of the generation (checks, review), without the excerpts it may hold. */
    public record Step(Instant at, String kind, String ruleId, String action, String actor) {
    }

    /**
     * @param aiGenerated  whether the piece came from a generation of this service
     * @param auditId      the generation's request id, the key of its audit trail
     * @param promptLog    the messages sent to the model, as rendered from the template and the caller's input
     * @param aiDraft      the text the model's output became after the checks (the reviewer's text if they replaced it)
     * @param published    the piece's text as it stands
     * @param edits        what the editor kept, wrote and selected
     */
    public record Provenance(long pieceId, boolean aiGenerated, String auditId, String task, String model,
            Integer templateVersion, JsonNode promptLog, String aiDraft, String published, HumanEdits edits,
            String editorId, String byline, String reviewedBy, Instant reviewedAt, boolean reviewerEdited,
            List<Step> audit, boolean aiAuthor, String authorship, String source) {
    }

    @GET
    @Transactional
    public Provenance get(@HeaderParam(TenantHeader.NAME) String tenant, @PathParam("id") long id) {
        String tenantId = TenantHeader.require(tenant);
        Piece piece = Piece.byId(tenantId, id).orElseThrow(() -> Inputs.notFound("Piece", id));
        Generation generation = piece.requestId == null ? null
                : Generation.byTenantAndRequestId(tenantId, piece.requestId).orElse(null);
        if (generation == null) {
            return new Provenance(piece.id, false, piece.requestId, null, null, null, null, null, piece.body, null,
                    piece.editorId, piece.byline, null, null, false, List.of(), false, AUTHORSHIP, SOURCE);
        }
        List<Step> audit = AuditEvent.forRequest(tenantId, generation.requestId).stream()
                .map(e -> new Step(e.at, e.kind, e.ruleId, e.action, e.actor)).toList();
        String draft = generation.content != null ? generation.content : generation.output;
        return new Provenance(piece.id, true, generation.requestId, generation.task, generation.model,
                generation.templateVersion, generation.prompt == null ? null : Json.tree(generation.prompt), draft,
                piece.body, HumanEdits.between(draft == null ? "" : draft, piece.body == null ? "" : piece.body),
                piece.editorId, piece.byline, generation.reviewedBy, generation.reviewedAt, generation.edited, audit,
                false, AUTHORSHIP, SOURCE);
    }
}
