package org.aigc.vertical.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A body that is not JSON, or not of the expected shape, is a 400 problem rather than a bare status. The JSON reader
 * reports it as a 400 {@link WebApplicationException} caused by Jackson; every other one keeps its own response.
 */
public class JsonBodyExceptionMapper {

    @ServerExceptionMapper
    public Response unreadable(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json && !e.getResponse().hasEntity()) {
            return new Problem(Problems.INVALID_REQUEST, "Invalid request", 400,
                    "the body is not valid JSON of the expected shape: " + json.getOriginalMessage()).toResponse();
        }
        return e.getResponse();
    }
}
