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
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.aigc.media.compliance.Bylines;
import org.aigc.media.domain.Outlet;
import org.aigc.media.domain.Piece;
import org.aigc.media.domain.SourceDocument;
import org.aigc.vertical.rest.Problem;
import org.aigc.vertical.rest.TenantHeader;
import org.aigc.vertical.rest.Inputs;

/**
 * Pieces on their way to publication. A human editor is responsible for each (MD-05, AI Act Art 50(4), AP): approving
 * or publishing needs {@code editorId}, and a byline naming an AI is refused.
 */
@Path("/api/v1/media/pieces")
@Produces(MediaType.APPLICATION_JSON)
public class PieceResource {

    static final Set<String> KINDS = Set.of("news-summary", "headline", "video-script", "synopsis", "press-release");
    static final Set<String> STATUSES = Set.of("draft", "in-review", "approved", "published");
    static final String EDITOR_REQUIRED = "https://aigc.dev/problems/editor-required";
    static final String AI_BYLINE = "https://aigc.dev/problems/ai-byline";

    public record PieceInput(Long outletId, Long documentId, String kind, String title, String body, String byline,
            String editorId, String status, String requestId) {
    }

    @GET
    @Transactional
    public List<Piece> list(@HeaderParam(TenantHeader.NAME) String tenant, @QueryParam("status") String status,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        String tenantId = TenantHeader.require(tenant);
        Inputs.page(page, size);
        return (status == null ? Piece.<Piece>find("tenantId = ?1 order by id", tenantId)
                : Piece.<Piece>find("tenantId = ?1 and status = ?2 order by id", tenantId, status))
                .page(page, size).list();
    }

    @GET
    @Path("/{id}")
    @Transactional
    public Piece get(@HeaderParam(TenantHeader.NAME) String tenant, @PathParam("id") long id) {
        return Piece.byId(TenantHeader.require(tenant), id).orElseThrow(() -> Inputs.notFound("Piece", id));
    }

    @POST
    @Transactional
    public Response create(@HeaderParam(TenantHeader.NAME) String tenant, PieceInput input) {
        Piece piece = new Piece();
        piece.tenantId = TenantHeader.require(tenant);
        apply(piece, input);
        piece.persist();
        return Response.status(201).entity(piece).build();
    }

    @PUT
    @Path("/{id}")
    @Transactional
    public Piece update(@HeaderParam(TenantHeader.NAME) String tenant, @PathParam("id") long id, PieceInput input) {
        Piece piece = get(tenant, id);
        apply(piece, input);
        return piece;
    }

    @DELETE
    @Path("/{id}")
    @Transactional
    public Response delete(@HeaderParam(TenantHeader.NAME) String tenant, @PathParam("id") long id) {
        if (Piece.delete("tenantId = ?1 and id = ?2", TenantHeader.require(tenant), id) == 0) {
            throw Inputs.notFound("Piece", id);
        }
        return Response.noContent().build();
    }

    private static void apply(Piece piece, PieceInput input) {
        Inputs.body(input);
        if (input.outletId() == null || Outlet.byId(piece.tenantId, input.outletId()).isEmpty()) {
            throw Inputs.invalid("outletId must name one of your outlets");
        }
        if (input.documentId() != null && SourceDocument.byId(piece.tenantId, input.documentId()).isEmpty()) {
            throw Inputs.invalid("documentId must name one of your documents");
        }
        piece.outletId = input.outletId();
        piece.documentId = input.documentId();
        piece.kind = Inputs.oneOf("kind", input.kind(), KINDS, true);
        piece.title = Inputs.text("title", input.title(), 300, false);
        piece.body = Inputs.text("body", input.body(), 20_000, true);
        piece.byline = Inputs.text("byline", input.byline(), 120, false);
        piece.editorId = Inputs.text("editorId", input.editorId(), 64, false);
        piece.status = Inputs.oneOf("status", input.status() == null ? "draft" : input.status(), STATUSES, true);
        piece.requestId = Inputs.text("requestId", input.requestId(), 64, false);
        piece.updatedAt = Instant.now();
        if (piece.byline != null && Bylines.namesAnAi(piece.byline)) {
            throw problem(AI_BYLINE, "AI byline", "an AI is never the credited author; the byline must name the "
                    + "human who wrote or reviewed the piece (MD-05)");
        }
        boolean released = "approved".equals(piece.status) || "published".equals(piece.status);
        if (released && (piece.editorId == null || piece.editorId.isEmpty())) {
            throw problem(EDITOR_REQUIRED, "Editor required", "a piece is approved or published only with the "
                    + "editorId of the human editor responsible for it (MD-05)");
        }
    }

    private static WebApplicationException problem(String type, String title, String detail) {
        return new WebApplicationException(new Problem(type, title, 400, detail).toResponse());
    }
}
