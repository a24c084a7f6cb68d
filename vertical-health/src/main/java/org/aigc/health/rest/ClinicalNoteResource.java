package org.aigc.health.rest;

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
import java.time.Instant;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.aigc.health.domain.ClinicalNote;
import org.aigc.health.phi.Deidentifier;
import org.aigc.health.phi.PhiMatch;
import org.aigc.vertical.rest.TenantHeader;

/**
 * Clinical notes, stored de-identified only (HC-01): the text is de-identified before it is written, and the response
 * says how many identifiers of each kind were removed. Notes are immutable; a correction is a new note.
 */
@Path("/api/v1/health/clinical-notes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClinicalNoteResource {

    public record Input(String title, String specialty, String text) {
    }

    public record View(long id, String title, String specialty, String text, Instant createdAt,
            java.util.Map<String, Long> removed) {
        static View of(ClinicalNote n, java.util.Map<String, Long> removed) {
            return new View(n.id, n.title, n.specialty, n.text, n.createdAt, removed);
        }
    }

    @GET
    @Transactional
    public List<View> list(@HeaderParam(TenantHeader.NAME) String tenant,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        String tenantId = TenantHeader.require(tenant);
        Requests.paging(page, size);
        return ClinicalNote.<ClinicalNote>find("tenantId = ?1 order by id", tenantId).page(page, size).list().stream()
                .map(n -> View.of(n, null)).toList();
    }

    @GET
    @Path("/{id}")
    @Transactional
    public Response get(@HeaderParam(TenantHeader.NAME) String tenant, @PathParam("id") long id) {
        return ClinicalNote.byId(TenantHeader.require(tenant), id).map(n -> Response.ok(View.of(n, null)).build())
                .orElseGet(() -> Requests.notFound("clinical note", id));
    }

    @POST
    @Transactional
    public Response create(@HeaderParam(TenantHeader.NAME) String tenant, Input input) {
        String tenantId = TenantHeader.require(tenant);
        if (input == null) {
            throw Requests.invalid("a JSON body with title and text is required");
        }
        ClinicalNote note = new ClinicalNote();
        note.tenantId = tenantId;
        Deidentifier.Result title = Deidentifier.deidentify(Requests.text("title", input.title(), 2, 200));
        Deidentifier.Result text = Deidentifier.deidentify(Requests.text("text", input.text(), 10, 20_000));
        note.title = title.text();
        note.specialty = Requests.optional("specialty", input.specialty(), 60);
        note.text = text.text();
        note.createdAt = Instant.now();
        note.persist();
        var removed = java.util.stream.Stream.concat(title.removed().stream(), text.removed().stream())
                .collect(Collectors.groupingBy((PhiMatch m) -> m.kind().ruleId(), TreeMap::new,
                        Collectors.counting()));
        return Response.status(201).entity(View.of(note, removed)).build();
    }

    @DELETE
    @Path("/{id}")
    @Transactional
    public Response delete(@HeaderParam(TenantHeader.NAME) String tenant, @PathParam("id") long id) {
        long deleted = ClinicalNote.delete("tenantId = ?1 and id = ?2", TenantHeader.require(tenant), id);
        return deleted == 0 ? Requests.notFound("clinical note", id) : Response.noContent().build();
    }
}
