package org.aigc.vertical.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.aigc.contracts.AigcLabel;
import org.aigc.contracts.Json;
import org.aigc.vertical.config.VerticalConfig;
import org.aigc.vertical.labels.LabelVerifier;

/**
 * Verifies an AI-content label: {@code {"content": "...", "labels": {"explicit": ..., "AIGC": {...}}}} (the result's
 * {@code labels} as published) or {@code {"content": "...", "aigc": {...}}}.
 */
@Path("/api/v1/{vertical}/labels/verify")
public class LabelResource {

    private final VerticalConfig vertical;
    private final LabelVerifier verifier;

    LabelResource(VerticalConfig vertical, LabelVerifier verifier) {
        this.vertical = vertical;
        this.verifier = verifier;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public LabelVerifier.Verdict verify(@PathParam("vertical") String path,
            @HeaderParam(TenantHeader.NAME) String tenantHeader, JsonNode body) {
        String tenant = RequestContext.tenant(vertical, path, tenantHeader);
        if (body == null || !body.path("content").isTextual()) {
            throw Problems.invalid("content must be a string");
        }
        JsonNode aigc = body.path("labels").isObject() ? body.path("labels").path("AIGC") : body.path("aigc");
        if (aigc.isMissingNode() || !aigc.isObject()) {
            aigc = body.path("AIGC");
        }
        if (!aigc.isObject()) {
            throw Problems.invalid("give the label as labels.AIGC or aigc");
        }
        AigcLabel label;
        try {
            label = Json.MAPPER.convertValue(aigc, AigcLabel.class);
        } catch (IllegalArgumentException e) {
            throw Problems.invalid("the AIGC label's fields must be strings as the platform issued them");
        }
        return verifier.verify(body.get("content").asText(), label, tenant);
    }
}
