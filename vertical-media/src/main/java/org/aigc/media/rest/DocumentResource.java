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
import java.time.Instant;
import java.util.List;
import org.aigc.media.domain.Outlet;
import org.aigc.media.domain.SourceDocument;
import org.aigc.vertical.rest.TenantHeader;
import org.aigc.vertical.rest.Inputs;

/** The tenant's source documents: the texts summaries, headlines and scripts must stay faithful to. */
@Path("/api/v1/media/documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentResource {

    static final int MAX_BODY = 50_000;

    public record DocumentInput(Long outletId, String title, String body, String origin, String url) {
    }

    @GET
    @Transactional
    public List<SourceDocument> list(@HeaderParam(TenantHeader.NAME) String tenant,
            @QueryParam("outletId") Long outletId, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        String tenantId = TenantHeader.require(tenant);
        Inputs.page(page, size);
        return (outletId == null ? SourceDocument.<SourceDocument>find("tenantId = ?1 order by id", tenantId)
                : SourceDocument.<SourceDocument>find("tenantId = ?1 and outletId = ?2 order by id", tenantId,
                        outletId)).page(page, size).list();
    }

    @GET
    @Path("/{id}")
    @Transactional
    public SourceDocument get(@HeaderParam(TenantHeader.NAME) String tenant, @PathParam("id") long id) {
        return SourceDocument.byId(TenantHeader.require(tenant), id)
                .orElseThrow(() -> Inputs.notFound("Document", id));
    }

    @POST
    @Transactional
    public Response create(@HeaderParam(TenantHeader.NAME) String tenant, DocumentInput input) {
        SourceDocument document = new SourceDocument();
        document.tenantId = TenantHeader.require(tenant);
        document.createdAt = Instant.now();
        apply(document, input);
        document.persist();
        return Response.status(201).entity(document).build();
    }

    @PUT
    @Path("/{id}")
    @Transactional
    public SourceDocument update(@HeaderParam(TenantHeader.NAME) String tenant, @PathParam("id") long id,
            DocumentInput input) {
        SourceDocument document = get(tenant, id);
        apply(document, input);
        return document;
    }

    @DELETE
    @Path("/{id}")
    @Transactional
    public Response delete(@HeaderParam(TenantHeader.NAME) String tenant, @PathParam("id") long id) {
        if (SourceDocument.delete("tenantId = ?1 and id = ?2", TenantHeader.require(tenant), id) == 0) {
            throw Inputs.notFound("Document", id);
        }
        return Response.noContent().build();
    }

    private static void apply(SourceDocument document, DocumentInput input) {
        Inputs.body(input);
        if (input.outletId() != null && Outlet.byId(document.tenantId, input.outletId()).isEmpty()) {
            throw Inputs.invalid("outletId must name one of your outlets");
        }
        document.outletId = input.outletId();
        document.title = Inputs.text("title", input.title(), 300, true);
        document.body = Inputs.text("body", input.body(), MAX_BODY, true);
        document.origin = Inputs.text("origin", input.origin(), 120, false);
        document.url = Inputs.text("url", input.url(), 500, false);
    }
}
