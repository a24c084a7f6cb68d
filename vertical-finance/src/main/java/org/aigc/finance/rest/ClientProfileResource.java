package org.aigc.finance.rest;

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
import java.util.List;
import java.util.Set;
import org.aigc.finance.domain.ClientProfile;
import org.aigc.finance.domain.RiskLevel;
import org.aigc.vertical.rest.TenantHeader;

/** Client suitability profiles by the tenant's pseudonymous client reference. */
@Path("/api/v1/finance/clients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClientProfileResource {

    static final Set<String> HORIZONS = Set.of("short", "medium", "long");

    public record Input(String riskTolerance, String horizon, String locale) {
    }

    public record View(String clientRef, String riskTolerance, String horizon, String locale) {
        static View of(ClientProfile c) {
            return new View(c.clientRef, c.riskTolerance, c.horizon, c.locale);
        }
    }

    @GET
    @Transactional
    public List<View> list(@HeaderParam(TenantHeader.NAME) String tenant,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        String tenantId = TenantHeader.require(tenant);
        Requests.paging(page, size);
        return ClientProfile.<ClientProfile>find("tenantId = ?1 order by clientRef", tenantId).page(page, size)
                .list().stream().map(View::of).toList();
    }

    @GET
    @Path("/{ref}")
    @Transactional
    public Response get(@HeaderParam(TenantHeader.NAME) String tenant, @PathParam("ref") String ref) {
        return ClientProfile.byRef(TenantHeader.require(tenant), ref).map(c -> Response.ok(View.of(c)).build())
                .orElseGet(() -> Requests.notFound("client", ref));
    }

    @PUT
    @Path("/{ref}")
    @Transactional
    public Response put(@HeaderParam(TenantHeader.NAME) String tenant, @PathParam("ref") String ref, Input input) {
        String tenantId = TenantHeader.require(tenant);
        Requests.key("clientRef", ref);
        if (input == null) {
            throw Requests.invalid("a JSON body with riskTolerance is required");
        }
        ClientProfile client = ClientProfile.byRef(tenantId, ref).orElse(null);
        boolean created = client == null;
        if (created) {
            client = new ClientProfile();
            client.tenantId = tenantId;
            client.clientRef = ref;
        }
        client.riskTolerance = Requests.oneOf("riskTolerance", input.riskTolerance(), RiskLevel.LEVELS);
        client.horizon = input.horizon() == null ? null : Requests.oneOf("horizon", input.horizon(), HORIZONS);
        client.locale = Requests.optional("locale", input.locale(), 16);
        client.persist();
        return Response.status(created ? 201 : 200).entity(View.of(client)).build();
    }

    @DELETE
    @Path("/{ref}")
    @Transactional
    public Response delete(@HeaderParam(TenantHeader.NAME) String tenant, @PathParam("ref") String ref) {
        long deleted = ClientProfile.delete("tenantId = ?1 and clientRef = ?2", TenantHeader.require(tenant), ref);
        return deleted == 0 ? Requests.notFound("client", ref) : Response.noContent().build();
    }
}
