package org.aigc.vertical.rest;

import jakarta.ws.rs.core.Response;

/** An RFC 9457 problem document. */
public record Problem(String type, String title, int status, String detail) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String UNKNOWN_VERTICAL = "https://aigc.dev/problems/unknown-vertical";

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
