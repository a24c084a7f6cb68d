package org.aigc.gateway.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.aigc.gateway.client.UpstreamRequest;
import org.aigc.gateway.client.VerticalClient;
import org.aigc.gateway.domain.ApiException;
import org.aigc.gateway.domain.Job;
import org.aigc.gateway.domain.ProblemType;
import org.aigc.gateway.service.Access;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Tells whether content and its {@code AIGC} label match and were produced here. The label's {@code ProduceID} is the
 * job id, which names the industry service that signed it; that service recomputes the HMAC. Any tenant may verify
 * any label (content travels between platforms); the answer reveals only whether it is genuine.
 */
@Path("/api/v1/labels/verify")
@Tag(name = "labels")
public class LabelVerifyResource {

    private final Access access;
    private final VerticalClient client;

    LabelVerifyResource(Access access, VerticalClient client) {
        this.access = access;
        this.client = client;
    }

    @POST
    @Blocking
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Verify that content and its AIGC label were produced by this platform")
    public Uni<Response> verify(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, String body) {
        String tenant = access.admit(authorization).id.toString();
        JsonNode request = JsonBodies.object(body);
        if (!request.path("content").isTextual()) {
            throw new ApiException(ProblemType.INVALID_REQUEST, "content (the labelled text) is required");
        }
        Optional<Job> job = produceId(request).flatMap(LabelVerifyResource::job);
        if (job.isEmpty()) {
            return Uni.createFrom().item(Response.ok(Map.of("valid", false,
                    "reason", "no content with this ProduceID was produced here")).build());
        }
        String vertical = job.get().vertical;
        UpstreamRequest upstream = new UpstreamRequest(vertical, tenant, "POST",
                "/api/v1/" + vertical + "/labels/verify", Map.of("content-type", MediaType.APPLICATION_JSON),
                body.getBytes(StandardCharsets.UTF_8));
        return client.send(upstream).map(answer -> Response.status(answer.status())
                .type(answer.headers().getOrDefault("content-type", MediaType.APPLICATION_JSON))
                .entity(answer.body()).build());
    }

    /** {@code labels.AIGC}, {@code aigc} or {@code AIGC}: the shapes results and files carry the label in. */
    private static Optional<String> produceId(JsonNode request) {
        for (JsonNode label : new JsonNode[] {request.path("labels").path("AIGC"), request.path("aigc"),
                request.path("AIGC")}) {
            if (label.path("ProduceID").isTextual()) {
                return Optional.of(label.path("ProduceID").asText());
            }
        }
        throw new ApiException(ProblemType.INVALID_REQUEST, "an AIGC label with a ProduceID is required");
    }

    private static Optional<Job> job(String produceId) {
        try {
            UUID id = UUID.fromString(produceId);
            return QuarkusTransaction.joiningExisting().call(() -> Optional.ofNullable(Job.<Job>findById(id)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
