package org.aigc.finance.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
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
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.aigc.contracts.Json;
import org.aigc.finance.domain.FinancialProduct;
import org.aigc.finance.domain.RiskLevel;
import org.aigc.vertical.rest.TenantHeader;

/** The tenant's financial products (type, risk level, fees, yearly performance), keyed by the tenant's code. */
@Path("/api/v1/finance/products")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FinancialProductResource {

    static final Set<String> TYPES = Set.of("fund", "etf", "bond", "equity", "bank-wmp", "structured-deposit",
            "insurance");
    static final BigDecimal MAX_FEE = new BigDecimal("20");

    public record Input(String name, String type, String riskLevel, BigDecimal managementFeePct,
            BigDecimal entryFeePct, JsonNode performance) {
    }

    public record View(String code, String name, String type, String riskLevel, BigDecimal managementFeePct,
            BigDecimal entryFeePct, JsonNode performance) {
        static View of(FinancialProduct p) {
            return new View(p.code, p.name, p.type, p.riskLevel, p.managementFeePct, p.entryFeePct,
                    Json.tree(p.performance));
        }
    }

    @GET
    @Transactional
    public List<View> list(@HeaderParam(TenantHeader.NAME) String tenant,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        String tenantId = TenantHeader.require(tenant);
        Requests.paging(page, size);
        return FinancialProduct.<FinancialProduct>find("tenantId = ?1 order by code", tenantId).page(page, size)
                .list().stream().map(View::of).toList();
    }

    @GET
    @Path("/{code}")
    @Transactional
    public Response get(@HeaderParam(TenantHeader.NAME) String tenant, @PathParam("code") String code) {
        return FinancialProduct.byCode(TenantHeader.require(tenant), code).map(p -> Response.ok(View.of(p)).build())
                .orElseGet(() -> Requests.notFound("product", code));
    }

    /** Creates or replaces the product with this code. */
    @PUT
    @Path("/{code}")
    @Transactional
    public Response put(@HeaderParam(TenantHeader.NAME) String tenant, @PathParam("code") String code,
            Input input) {
        String tenantId = TenantHeader.require(tenant);
        Requests.key("code", code);
        if (input == null) {
            throw Requests.invalid("a JSON body with name, type, riskLevel and fees is required");
        }
        FinancialProduct product = FinancialProduct.byCode(tenantId, code).orElse(null);
        boolean created = product == null;
        if (created) {
            product = new FinancialProduct();
            product.tenantId = tenantId;
            product.code = code;
        }
        product.name = Requests.text("name", input.name(), 2, 200);
        product.type = Requests.oneOf("type", input.type(), TYPES);
        product.riskLevel = Requests.oneOf("riskLevel", input.riskLevel(), RiskLevel.LEVELS);
        product.managementFeePct = fee("managementFeePct", input.managementFeePct());
        product.entryFeePct = fee("entryFeePct", input.entryFeePct());
        product.performance = performance(input.performance());
        product.persist();
        return Response.status(created ? 201 : 200).entity(View.of(product)).build();
    }

    @DELETE
    @Path("/{code}")
    @Transactional
    public Response delete(@HeaderParam(TenantHeader.NAME) String tenant, @PathParam("code") String code) {
        long deleted = FinancialProduct.delete("tenantId = ?1 and code = ?2", TenantHeader.require(tenant), code);
        return deleted == 0 ? Requests.notFound("product", code) : Response.noContent().build();
    }

    private static BigDecimal fee(String field, BigDecimal value) {
        if (value == null || value.signum() < 0 || value.compareTo(MAX_FEE) > 0 || value.scale() > 4) {
            throw Requests.invalid(field + " is required, a percentage from 0 to 20 with at most 4 decimals");
        }
        return value;
    }

    /** At most 30 years of {"year", "returnPct"}, numbers kept as decimal strings. */
    private static String performance(JsonNode performance) {
        if (performance == null || performance.isNull()) {
            return "[]";
        }
        if (!performance.isArray() || performance.size() > 30) {
            throw Requests.invalid("performance must be an array of at most 30 {year, returnPct} entries");
        }
        ArrayNode clean = Json.MAPPER.createArrayNode();
        for (JsonNode entry : performance) {
            int year = entry.path("year").asInt(0);
            BigDecimal value;
            try {
                value = new BigDecimal(entry.path("returnPct").asText(""));
            } catch (NumberFormatException e) {
                throw Requests.invalid("performance returnPct must be a decimal number");
            }
            if (year < 1900 || year > 2100 || value.abs().compareTo(new BigDecimal("1000")) > 0) {
                throw Requests.invalid("performance entries need a year 1900-2100 and a returnPct within +-1000");
            }
            clean.addObject().put("year", year).put("returnPct", value.toPlainString());
        }
        return clean.toString();
    }
}
