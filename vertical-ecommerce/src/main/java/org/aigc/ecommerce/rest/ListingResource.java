package org.aigc.ecommerce.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.aigc.contracts.Json;
import org.aigc.ecommerce.domain.Listing;
import org.aigc.ecommerce.service.ChannelRules;
import org.aigc.vertical.rest.TenantHeader;

/** A product's listing per channel; the title must meet the channel's length rule. */
@Path("/api/v1/ecommerce/products/{sku}/listings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ListingResource {

    public record Input(String title, JsonNode bullets, String description, JsonNode keywords) {
    }

    public record View(String sku, String channel, String title, JsonNode bullets, String description,
            JsonNode keywords, Instant updatedAt) {
        static View of(Listing l) {
            return new View(l.sku, l.channel, l.title, Json.tree(l.bullets), l.description, Json.tree(l.keywords),
                    l.updatedAt);
        }
    }

    @GET
    @Transactional
    public List<View> list(@HeaderParam(TenantHeader.NAME) String tenant, @PathParam("sku") String sku) {
        String tenantId = TenantHeader.require(tenant);
        Requests.product(tenantId, sku);
        return Listing.<Listing>find("tenantId = ?1 and sku = ?2 order by channel", tenantId, sku).list().stream()
                .map(View::of).toList();
    }

    @GET
    @Path("/{channel}")
    @Transactional
    public View get(@HeaderParam(TenantHeader.NAME) String tenant, @PathParam("sku") String sku,
            @PathParam("channel") String channel) {
        String tenantId = TenantHeader.require(tenant);
        return Listing.of(tenantId, sku, channel).map(View::of)
                .orElseThrow(() -> Requests.notFound("no " + channel + " listing for SKU '" + sku + "'"));
    }

    /** Creates or replaces the listing of this product on this channel. */
    @PUT
    @Path("/{channel}")
    @Transactional
    public Response put(@HeaderParam(TenantHeader.NAME) String tenant, @PathParam("sku") String sku,
            @PathParam("channel") String channel, Input input) {
        String tenantId = TenantHeader.require(tenant);
        Requests.product(tenantId, sku);
        Requests.oneOf("channel", channel, ChannelRules.CHANNELS);
        if (input == null) {
            throw Requests.invalid("a JSON body with title, bullets and description is required");
        }
        String title = Requests.text("title", input.title(), 1, 500);
        ChannelRules.titleLengthProblem(channel, title).ifPresent(p -> {
            throw Requests.invalid(p);
        });
        JsonNode bullets = strings("bullets", input.bullets(), 5, 500);
        JsonNode keywords = strings("keywords", input.keywords(), 30, 80);
        Listing listing = Listing.of(tenantId, sku, channel).orElse(null);
        boolean created = listing == null;
        if (created) {
            listing = new Listing();
            listing.tenantId = tenantId;
            listing.sku = sku;
            listing.channel = channel;
        }
        listing.title = title;
        listing.bullets = bullets.toString();
        listing.description = input.description() == null ? null : Requests.text("description", input.description(),
                0, 10_000);
        listing.keywords = keywords.toString();
        listing.updatedAt = Instant.now();
        listing.persist();
        return Response.status(created ? 201 : 200).entity(View.of(listing)).build();
    }

    @DELETE
    @Path("/{channel}")
    @Transactional
    public Response delete(@HeaderParam(TenantHeader.NAME) String tenant, @PathParam("sku") String sku,
            @PathParam("channel") String channel) {
        long deleted = Listing.delete("tenantId = ?1 and sku = ?2 and channel = ?3", TenantHeader.require(tenant),
                sku, channel);
        if (deleted == 0) {
            throw Requests.notFound("no " + channel + " listing for SKU '" + sku + "'");
        }
        return Response.noContent().build();
    }

    private static JsonNode strings(String field, JsonNode node, int maxItems, int maxLength) {
        if (node == null || node.isNull()) {
            return Json.MAPPER.createArrayNode();
        }
        boolean ok = node.isArray() && node.size() <= maxItems;
        for (JsonNode item : node) {
            ok &= item.isTextual() && item.asText().length() <= maxLength;
        }
        if (!ok) {
            throw Requests.invalid(field + " must be an array of at most " + maxItems + " strings of at most "
                    + maxLength + " characters");
        }
        return node;
    }
}
