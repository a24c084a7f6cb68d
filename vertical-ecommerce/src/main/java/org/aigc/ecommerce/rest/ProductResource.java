package org.aigc.ecommerce.rest;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.aigc.ecommerce.domain.Product;
import org.aigc.vertical.rest.Problem;
import org.aigc.vertical.rest.TenantHeader;

/** The tenant's product catalogue, which listings are written from. Every query is scoped to the caller's tenant. */
@Path("/api/v1/ecommerce/products")
@Produces(MediaType.APPLICATION_JSON)
public class ProductResource {

    static final int MAX_PAGE_SIZE = 100;

    @GET
    @Transactional
    public List<ProductView> list(@HeaderParam(TenantHeader.NAME) String tenant,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        String tenantId = TenantHeader.require(tenant);
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw ProductInput.invalid("page must be >= 0 and size between 1 and " + MAX_PAGE_SIZE);
        }
        return Product.<Product>find("tenantId = ?1 order by sku", tenantId).page(page, size).list().stream()
                .map(ProductView::of).toList();
    }

    @GET
    @Path("/{sku}")
    @Transactional
    public Response get(@HeaderParam(TenantHeader.NAME) String tenant, @PathParam("sku") String sku) {
        return Product.bySku(TenantHeader.require(tenant), sku).map(p -> Response.ok(ProductView.of(p)).build())
                .orElseGet(() -> notFound(sku));
    }

    /** Creates or replaces the product with this SKU. */
    @PUT
    @Path("/{sku}")
    @Transactional
    public Response put(@HeaderParam(TenantHeader.NAME) String tenant, @PathParam("sku") String sku,
            ProductInput input) {
        String tenantId = TenantHeader.require(tenant);
        ProductInput valid = ProductInput.validate(sku, input);
        Product product = Product.bySku(tenantId, sku).orElse(null);
        boolean created = product == null;
        if (created) {
            product = new Product();
            product.tenantId = tenantId;
            product.sku = sku;
        }
        product.title = valid.title();
        product.category = valid.category();
        product.attributes = valid.attributes().toString();
        product.brand = valid.brand();
        product.registration = valid.registration();
        product.allowedClaims = valid.allowedClaims().toString();
        product.stock = valid.stock();
        product.persist();
        return Response.status(created ? 201 : 200).entity(ProductView.of(product)).build();
    }

    @DELETE
    @Path("/{sku}")
    @Transactional
    public Response delete(@HeaderParam(TenantHeader.NAME) String tenant, @PathParam("sku") String sku) {
        long deleted = Product.delete("tenantId = ?1 and sku = ?2", TenantHeader.require(tenant), sku);
        return deleted == 0 ? notFound(sku) : Response.noContent().build();
    }

    private static Response notFound(String sku) {
        return new Problem("https://aigc.dev/problems/product-not-found", "Product not found", 404,
                "no product with SKU '" + sku + "' in your catalogue").toResponse();
    }
}
