package org.aigc.games.rest;

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
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.aigc.games.domain.GameWorld;
import org.aigc.games.domain.Item;
import org.aigc.vertical.rest.TenantHeader;
import org.aigc.vertical.rest.Inputs;

/** The tenant's items, per world. */
@Path("/api/v1/games/items")
@Produces(MediaType.APPLICATION_JSON)
public class ItemResource {

    static final Set<String> KINDS = Set.of("weapon", "armor", "consumable", "cosmetic", "currency", "loot-box",
            "material", "quest-item");
    static final Set<String> RARITIES = Set.of("common", "uncommon", "rare", "epic", "legendary");

    public record ItemInput(Long worldId, String name, String kind, String rarity, String notes, BigDecimal price,
            Boolean paidRandom, String oddsUrl) {
    }

    @GET
    @Transactional
    public List<Item> list(@HeaderParam(TenantHeader.NAME) String tenant, @QueryParam("worldId") Long worldId,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        String tenantId = TenantHeader.require(tenant);
        Inputs.page(page, size);
        return (worldId == null ? Item.<Item>find("tenantId = ?1 order by id", tenantId)
                : Item.<Item>find("tenantId = ?1 and worldId = ?2 order by id", tenantId, worldId))
                .page(page, size).list();
    }

    @GET
    @Path("/{id}")
    @Transactional
    public Item get(@HeaderParam(TenantHeader.NAME) String tenant, @PathParam("id") long id) {
        return Item.byId(TenantHeader.require(tenant), id).orElseThrow(() -> Inputs.notFound("Item", id));
    }

    @POST
    @Transactional
    public Response create(@HeaderParam(TenantHeader.NAME) String tenant, ItemInput input) {
        Item item = new Item();
        item.tenantId = TenantHeader.require(tenant);
        apply(item, input);
        item.persist();
        return Response.status(201).entity(item).build();
    }

    @PUT
    @Path("/{id}")
    @Transactional
    public Item update(@HeaderParam(TenantHeader.NAME) String tenant, @PathParam("id") long id, ItemInput input) {
        Item item = get(tenant, id);
        apply(item, input);
        return item;
    }

    @DELETE
    @Path("/{id}")
    @Transactional
    public Response delete(@HeaderParam(TenantHeader.NAME) String tenant, @PathParam("id") long id) {
        if (Item.delete("tenantId = ?1 and id = ?2", TenantHeader.require(tenant), id) == 0) {
            throw Inputs.notFound("Item", id);
        }
        return Response.noContent().build();
    }

    private static void apply(Item item, ItemInput input) {
        Inputs.body(input);
        if (input.worldId() == null || GameWorld.byId(item.tenantId, input.worldId()).isEmpty()) {
            throw Inputs.invalid("worldId must name one of your worlds");
        }
        item.worldId = input.worldId();
        item.name = Inputs.text("name", input.name(), 80, true);
        item.kind = Inputs.oneOf("kind", input.kind(), KINDS, true);
        item.rarity = Inputs.oneOf("rarity", input.rarity() == null ? "common" : input.rarity(), RARITIES, true);
        item.notes = Inputs.text("notes", input.notes(), 1000, false);
        if (input.price() != null && (input.price().signum() < 0 || input.price().compareTo(BigDecimal.valueOf(100_000)) > 0
                || input.price().scale() > 2)) {
            throw Inputs.invalid("price must be between 0 and 100000 with at most 2 decimals");
        }
        item.price = input.price();
        item.paidRandom = Boolean.TRUE.equals(input.paidRandom());
        item.oddsUrl = Inputs.text("oddsUrl", input.oddsUrl(), 300, false);
        if (item.oddsUrl != null && !item.oddsUrl.isEmpty() && !item.oddsUrl.matches("https://\\S+")) {
            throw Inputs.invalid("oddsUrl must be an https URL");
        }
        if (item.paidRandom && (item.oddsUrl == null || item.oddsUrl.isEmpty())) {
            // GM-03: the odds of a paid random item must be published before it is sold
            throw Inputs.invalid("a paid random item needs oddsUrl, the page that publishes its odds (GM-03)");
        }
    }
}
