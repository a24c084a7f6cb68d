package org.aigc.ecommerce.rest;

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
import org.aigc.ecommerce.domain.Review;
import org.aigc.vertical.rest.TenantHeader;

/** Customer reviews the merchant imported for a product; review-summary works from these and nothing else. */
@Path("/api/v1/ecommerce/products/{sku}/reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReviewResource {

    public record Input(int rating, String title, String body, Instant reviewedAt) {
    }

    public record View(long id, String sku, int rating, String title, String body, Instant reviewedAt) {
        static View of(Review r) {
            return new View(r.id, r.sku, r.rating, r.title, r.body, r.reviewedAt);
        }
    }

    @GET
    @Transactional
    public List<View> list(@HeaderParam(TenantHeader.NAME) String tenant, @PathParam("sku") String sku,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        String tenantId = TenantHeader.require(tenant);
        Requests.product(tenantId, sku);
        Requests.paging(page, size);
        return Review.<Review>find("tenantId = ?1 and sku = ?2 order by reviewedAt desc, id desc", tenantId, sku)
                .page(page, size).list().stream().map(View::of).toList();
    }

    @GET
    @Path("/{id}")
    @Transactional
    public View get(@HeaderParam(TenantHeader.NAME) String tenant, @PathParam("sku") String sku,
            @PathParam("id") long id) {
        return Review.byId(TenantHeader.require(tenant), sku, id).map(View::of)
                .orElseThrow(() -> Requests.notFound("no review " + id + " of SKU '" + sku + "'"));
    }

    @POST
    @Transactional
    public Response create(@HeaderParam(TenantHeader.NAME) String tenant, @PathParam("sku") String sku,
            Input input) {
        String tenantId = TenantHeader.require(tenant);
        Requests.product(tenantId, sku);
        if (input == null || input.rating() < 1 || input.rating() > 5) {
            throw Requests.invalid("rating must be 1 to 5");
        }
        Review review = new Review();
        review.tenantId = tenantId;
        review.sku = sku;
        review.rating = input.rating();
        review.title = input.title() == null ? null : Requests.text("title", input.title(), 0, 200);
        review.body = Requests.text("body", input.body(), 1, 5_000);
        review.reviewedAt = input.reviewedAt() == null ? Instant.now() : input.reviewedAt();
        review.persist();
        return Response.status(201).entity(View.of(review)).build();
    }

    @DELETE
    @Path("/{id}")
    @Transactional
    public Response delete(@HeaderParam(TenantHeader.NAME) String tenant, @PathParam("sku") String sku,
            @PathParam("id") long id) {
        long deleted = Review.delete("tenantId = ?1 and sku = ?2 and id = ?3", TenantHeader.require(tenant), sku, id);
        if (deleted == 0) {
            throw Requests.notFound("no review " + id + " of SKU '" + sku + "'");
        }
        return Response.noContent().build();
    }
}
