package org.aigc.media.rest;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Map;
import org.aigc.media.domain.Outlet;
import org.aigc.media.domain.SourceDocument;
import org.aigc.vertical.rest.TenantHeader;

/**
 * A small realistic data set for the caller's tenant (an outlet with a style guide and two source documents).
 * Idempotent: a tenant that already has outlets gets 200 and nothing new. {@code ./aigc up} can call it through the
 * gateway with the demo key.
 */
@Path("/api/v1/media/demo-data")
@Produces(MediaType.APPLICATION_JSON)
public class DemoDataResource {

    @POST
    @Transactional
    public Response seed(@HeaderParam(TenantHeader.NAME) String tenant) {
        String tenantId = TenantHeader.require(tenant);
        if (Outlet.count("tenantId", tenantId) > 0) {
            return Response.ok(Map.of("seeded", false)).build();
        }
        Outlet outlet = new Outlet();
        outlet.tenantId = tenantId;
        outlet.name = "Riverside Daily";
        outlet.styleGuide = "Sentence-case headlines. Numbers as digits from 10. Attribute every claim. No adjectives "
                + "in headlines.";
        outlet.locale = "en-GB";
        outlet.persist();
        SourceDocument tram = document(outlet, "Council extends riverside tram line",
                "The city council voted 7-2 on Tuesday to extend the riverside tram line by four stations. "
                        + "\"This line will carry 12,000 people a day,\" said transport chief Ana Ruiz. "
                        + "Construction is due to start next spring and cost 48.5 million euros.");
        document(outlet, "City opens new cycle lanes",
                "The city council opened twelve kilometres of protected cycle lanes on Monday. The lanes connect "
                        + "the central station with the university campus. Officials said the project cost four "
                        + "million euros and was finished two weeks ahead of schedule.");
        return Response.status(201).entity(Map.of("seeded", true, "outletId", outlet.id, "documentId", tram.id))
                .build();
    }

    private static SourceDocument document(Outlet outlet, String title, String body) {
        SourceDocument d = new SourceDocument();
        d.tenantId = outlet.tenantId;
        d.outletId = outlet.id;
        d.title = title;
        d.body = body;
        d.origin = "council press office";
        d.createdAt = Instant.now();
        d.persist();
        return d;
    }
}
