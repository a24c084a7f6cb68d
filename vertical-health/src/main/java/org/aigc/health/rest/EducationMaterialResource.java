package org.aigc.health.rest;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
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
import org.aigc.health.domain.EducationMaterial;
import org.aigc.vertical.rest.Inputs;
import org.aigc.vertical.rest.TenantHeader;

/** The tenant's patient-education materials; reviewed ones feed the patient-education prompt. */
@Path("/api/v1/health/education-materials")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EducationMaterialResource {

    public record Input(String topic, String readingLevel, String locale, String body, String reviewedBy) {
    }

    public record View(long id, String topic, String readingLevel, String locale, String body, String reviewedBy,
            Instant updatedAt) {
        static View of(EducationMaterial m) {
            return new View(m.id, m.topic, m.readingLevel, m.locale, m.body, m.reviewedBy, m.updatedAt);
        }
    }

    @GET
    @Transactional
    public List<View> list(@HeaderParam(TenantHeader.NAME) String tenant, @QueryParam("topic") String topic,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        String tenantId = TenantHeader.require(tenant);
        Requests.paging(page, size);
        var query = topic == null
                ? EducationMaterial.<EducationMaterial>find("tenantId = ?1 order by id", tenantId)
                : EducationMaterial.<EducationMaterial>find("tenantId = ?1 and lower(topic) = lower(?2) order by id",
                        tenantId, topic);
        return query.page(page, size).list().stream().map(View::of).toList();
    }

    @GET
    @Path("/{id}")
    @Transactional
    public Response get(@HeaderParam(TenantHeader.NAME) String tenant, @PathParam("id") long id) {
        return EducationMaterial.byId(TenantHeader.require(tenant), id).map(m -> Response.ok(View.of(m)).build())
                .orElseGet(() -> Requests.notFound("education material", id));
    }

    @POST
    @Transactional
    public Response create(@HeaderParam(TenantHeader.NAME) String tenant, Input input) {
        EducationMaterial material = new EducationMaterial();
        material.tenantId = TenantHeader.require(tenant);
        apply(material, input);
        material.persist();
        return Response.status(201).entity(View.of(material)).build();
    }

    @PUT
    @Path("/{id}")
    @Transactional
    public Response update(@HeaderParam(TenantHeader.NAME) String tenant, @PathParam("id") long id, Input input) {
        EducationMaterial material = EducationMaterial.byId(TenantHeader.require(tenant), id).orElse(null);
        if (material == null) {
            return Requests.notFound("education material", id);
        }
        apply(material, input);
        return Response.ok(View.of(material)).build();
    }

    @DELETE
    @Path("/{id}")
    @Transactional
    public Response delete(@HeaderParam(TenantHeader.NAME) String tenant, @PathParam("id") long id) {
        long deleted = EducationMaterial.delete("tenantId = ?1 and id = ?2", TenantHeader.require(tenant), id);
        return deleted == 0 ? Requests.notFound("education material", id) : Response.noContent().build();
    }

    private static void apply(EducationMaterial material, Input input) {
        if (input == null) {
            throw Requests.invalid("a JSON body with topic, readingLevel, locale and body is required");
        }
        material.topic = Requests.text("topic", input.topic(), 2, 200);
        material.readingLevel = Inputs.oneOf("readingLevel", input.readingLevel(), Requests.READING_LEVELS, true);
        material.locale = Requests.text("locale", input.locale(), 2, 16);
        material.body = Requests.text("body", input.body(), 10, 20_000);
        material.reviewedBy = Requests.optional("reviewedBy", input.reviewedBy(), 64);
        material.updatedAt = Instant.now();
    }
}
