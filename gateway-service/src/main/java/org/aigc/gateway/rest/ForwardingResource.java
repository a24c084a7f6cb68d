package org.aigc.gateway.rest;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Encoded;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.aigc.gateway.client.UpstreamRequest;
import org.aigc.gateway.client.UpstreamResponse;
import org.aigc.gateway.client.VerticalClient;
import org.aigc.gateway.domain.ApiException;
import org.aigc.gateway.domain.ProblemType;
import org.aigc.gateway.service.Access;
import org.aigc.gateway.service.Authenticator;
import org.aigc.gateway.service.TenantPolicy;
import org.aigc.gateway.domain.Tenant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Domain data of the industry services: every {@code /api/v1/{vertical}/**} request other than generations is
 * passed on to that vertical's service at the same path and query, as the authenticated tenant ({@code X-Aigc-Tenant};
 * the caller's credentials stay here). Authentication runs on a worker thread (it reads the key table); the upstream
 * call itself is non-blocking.
 */
@Path("/api/v1/{vertical}")
@Tag(name = "domain data")
public class ForwardingResource {

    /** Who acts within the tenant (a reviewer, an editor); recorded in the industry service's audit trail. */
    static final String USER_HEADER = "X-Aigc-User";

    /** Caller headers that travel upstream; everything else (credentials, cookies, hop-by-hop) stays. */
    private static final List<String> FORWARDED_HEADERS = List.of("content-type", "accept", "accept-language",
            "if-match", "if-none-match", "idempotency-key", RequestIds.HEADER.toLowerCase(Locale.ROOT),
            USER_HEADER.toLowerCase(Locale.ROOT));

    private final Access access;
    private final Authenticator authenticator;
    private final VerticalClient client;

    ForwardingResource(Access access, Authenticator authenticator, VerticalClient client) {
        this.access = access;
        this.authenticator = authenticator;
        this.client = client;
    }

    @GET
    @Path("{path: .+}")
    @Blocking
    @Operation(summary = "Read domain data of a vertical (forwarded to its industry service)")
    public Uni<Response> get(@PathParam("vertical") String vertical, @Encoded @PathParam("path") String path,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        return forward("GET", vertical, path, headers, uri, null);
    }

    @POST
    @Path("{path: .+}")
    @Blocking
    @Operation(summary = "Create domain data of a vertical (forwarded to its industry service)")
    public Uni<Response> post(@PathParam("vertical") String vertical, @Encoded @PathParam("path") String path,
            @Context HttpHeaders headers, @Context UriInfo uri, byte[] body) {
        return forward("POST", vertical, path, headers, uri, body);
    }

    @PUT
    @Path("{path: .+}")
    @Blocking
    @Operation(summary = "Replace domain data of a vertical (forwarded to its industry service)")
    public Uni<Response> put(@PathParam("vertical") String vertical, @Encoded @PathParam("path") String path,
            @Context HttpHeaders headers, @Context UriInfo uri, byte[] body) {
        return forward("PUT", vertical, path, headers, uri, body);
    }

    @PATCH
    @Path("{path: .+}")
    @Blocking
    @Operation(summary = "Change domain data of a vertical (forwarded to its industry service)")
    public Uni<Response> patch(@PathParam("vertical") String vertical, @Encoded @PathParam("path") String path,
            @Context HttpHeaders headers, @Context UriInfo uri, byte[] body) {
        return forward("PATCH", vertical, path, headers, uri, body);
    }

    @DELETE
    @Path("{path: .+}")
    @Blocking
    @Operation(summary = "Delete domain data of a vertical (forwarded to its industry service)")
    public Uni<Response> delete(@PathParam("vertical") String vertical, @Encoded @PathParam("path") String path,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        return forward("DELETE", vertical, path, headers, uri, null);
    }

    private Uni<Response> forward(String method, String vertical, String rawPath, HttpHeaders headers, UriInfo uri,
            byte[] body) {
        VerticalPaths.require(vertical);
        String authorization = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
        Map<String, String> forwarded = forwardedHeaders(headers);
        String tenant;
        if (isAdminPath(rawPath)) {
            // rules and prompt templates govern every tenant of the vertical: only the platform admin may touch them
            authenticator.admin(authorization);
            tenant = UpstreamRequest.PLATFORM_ADMIN;
            forwarded.putIfAbsent(USER_HEADER.toLowerCase(Locale.ROOT), "platform-admin");
        } else {
            Tenant caller = access.admit(authorization);
            TenantPolicy.requireVertical(caller, vertical);
            tenant = caller.id.toString();
        }
        String query = uri.getRequestUri().getRawQuery();
        String pathAndQuery = validUri("/api/v1/" + vertical + "/" + safe(rawPath) + (query == null ? "" : "?" + query));
        UpstreamRequest request = new UpstreamRequest(vertical, tenant, method, pathAndQuery, forwarded,
                body == null || body.length == 0 && !hasBody(method) ? null : body);
        String requestId = headers.getHeaderString(RequestIds.HEADER);
        return client.send(request).map(upstream -> toResponse(upstream, uri.getPath(), requestId));
    }

    /** {@code admin/...} under a vertical (also when percent-encoded): its rules and templates. */
    static boolean isAdminPath(String rawPath) {
        String first = rawPath.split("/", 2)[0];
        try {
            first = URLDecoder.decode(first.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new ApiException(ProblemType.INVALID_REQUEST, "malformed percent-encoding in the path");
        }
        return first.strip().equalsIgnoreCase("admin");
    }

    /** Dot segments would let a caller reach paths of the industry service outside its public API. */
    private static String safe(String rawPath) {
        for (String segment : rawPath.split("/")) {
            String decoded = segment.toLowerCase(Locale.ROOT).replace("%2e", ".");
            if (decoded.equals(".") || decoded.equals("..") || segment.toLowerCase(Locale.ROOT).contains("%2f")) {
                throw new ApiException(ProblemType.INVALID_REQUEST, "dot segments and encoded slashes are not allowed");
            }
        }
        return rawPath;
    }

    /**
     * The HTTP layer lets some targets through that are no URI (a raw space, {@code |}, a bad escape such as
     * {@code %zz}); forwarded as they are, the client refuses them on its event loop and the caller waits for the
     * forwarding timeout. They are a bad request; only square brackets are percent-encoded and forwarded.
     */
    static String validUri(String pathAndQuery) {
        // brackets are common in query strings (filter[x]=1) and browsers send them as they are: encode, not refuse
        String target = pathAndQuery.replace("[", "%5B").replace("]", "%5D");
        try {
            new java.net.URI(target);
        } catch (java.net.URISyntaxException e) {
            throw new ApiException(ProblemType.INVALID_REQUEST,
                    "the path or query has characters a URI may not contain; percent-encode them");
        }
        return target;
    }

    private static boolean hasBody(String method) {
        return !method.equals("GET") && !method.equals("DELETE");
    }

    private static Map<String, String> forwardedHeaders(HttpHeaders headers) {
        Map<String, String> forwarded = new LinkedHashMap<>();
        for (String name : FORWARDED_HEADERS) {
            String value = headers.getHeaderString(name);
            if (value != null) {
                forwarded.put(name, value);
            }
        }
        return forwarded;
    }

    /**
     * The industry service's answer as it is; an error without a problem document (which the industry services should
     * never send) gets one here, with the same status, so that callers always see RFC 9457 errors.
     */
    static Response toResponse(UpstreamResponse upstream, String path, String requestId) {
        String type = upstream.headers().get("content-type");
        if (upstream.status() >= 400 && (type == null || !type.startsWith(Problem.MEDIA_TYPE))) {
            ProblemType generic = ProblemType.forStatus(upstream.status());
            Problem problem = new Problem(generic.uri(), generic.title(), upstream.status(),
                    "the " + (upstream.status() >= 500 ? "industry service failed" : "request was refused")
                            + " (HTTP " + upstream.status() + ")", path, requestId, List.of(), null);
            return Response.status(upstream.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
        }
        Response.ResponseBuilder response = Response.status(upstream.status());
        upstream.headers().forEach(response::header);
        if (upstream.body().length > 0) {
            response.entity(upstream.body());
        }
        return response.build();
    }
}
