package org.aigc.gateway.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * {@code POST /v1/chat/completions} answers JSON or server-sent events by the body's {@code stream}, as OpenAI's API
 * does, whatever the client's {@code Accept} says (OpenAI clients send {@code application/json} also when they stream;
 * others send {@code text/event-stream}). The resource declares one media type, so {@code Accept} is not negotiated.
 */
public class ChatAccept {

    @ServerRequestFilter(preMatching = true)
    public void ignoreAccept(ContainerRequestContext request) {
        if ("POST".equals(request.getMethod()) && "/v1/chat/completions".equals(request.getUriInfo().getPath())) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON);
        }
    }
}
