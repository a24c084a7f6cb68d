package org.aigc.finance.rest;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.aigc.finance.domain.ResearchDocument;
import org.aigc.vertical.rest.TenantHeader;

/** Filings, earnings texts and research the summaries are written from. Documents are immutable once stored. */
@Path("/api/v1/finance/research-documents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ResearchDocumentResource {

    static final Set<String> KINDS = Set.of("filing", "earnings", "news", "research");

    public record Input(String title, String kind, String issuer, LocalDate publishedOn, String text) {
    }

    public record View(long id, String title, String kind, String issuer, LocalDate publishedOn, String text) {
        static View of(ResearchDocument d) {
            return new View(d.id, d.title, d.kind, d.issuer, d.publishedOn, d.text);
        }
    }

    @GET
    @Transactional
    public List<View> list(@HeaderParam(TenantHeader.NAME) String tenant, @QueryParam("issuer") String issuer,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        String tenantId = TenantHeader.require(tenant);
        Requests.paging(page, size);
        var query = issuer == null
                ? ResearchDocument.<ResearchDocument>find("tenantId = ?1 order by id desc", tenantId)
                : ResearchDocument.<ResearchDocument>find("tenantId = ?1 and issuer = ?2 order by id desc", tenantId,
                        issuer);
        return query.page(page, size).list().stream().map(View::of).toList();
    }

    @GET
    @Path("/{id}")
    @Transactional
    public Response get(@HeaderParam(TenantHeader.NAME) String tenant, @PathParam("id") long id) {
        return ResearchDocument.byId(TenantHeader.require(tenant), id).map(d -> Response.ok(View.of(d)).build())
                .orElseGet(() -> Requests.notFound("research document", id));
    }

    @POST
    @Transactional
    public Response create(@HeaderParam(TenantHeader.NAME) String tenant, Input input) {
        String tenantId = TenantHeader.require(tenant);
        if (input == null) {
            throw Requests.invalid("a JSON body with title, kind and text is required");
        }
        ResearchDocument doc = new ResearchDocument();
        doc.tenantId = tenantId;
        doc.title = Requests.text("title", input.title(), 2, 300);
        doc.kind = Requests.oneOf("kind", input.kind(), KINDS);
        doc.issuer = Requests.optional("issuer", input.issuer(), 120);
        doc.publishedOn = input.publishedOn();
        doc.text = Requests.text("text", input.text(), 20, 100_000);
        doc.persist();
        return Response.status(201).entity(View.of(doc)).build();
    }

    @DELETE
    @Path("/{id}")
    @Transactional
    public Response delete(@HeaderParam(TenantHeader.NAME) String tenant, @PathParam("id") long id) {
        long deleted = ResearchDocument.delete("tenantId = ?1 and id = ?2", TenantHeader.require(tenant), id);
        return deleted == 0 ? Requests.notFound("research document", id) : Response.noContent().build();
    }
}
