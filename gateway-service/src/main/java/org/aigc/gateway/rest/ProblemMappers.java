package org.aigc.gateway.rest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.aigc.contracts.FieldError;
import org.aigc.gateway.domain.ApiException;
import org.aigc.gateway.domain.ProblemType;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every error into a problem document, so clients never see an HTML page or a stack trace. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response api(ApiException e, UriInfo uri, HttpHeaders headers) {
        Response response = respond(e.type(), e.getMessage(), uri, headers, e.errors());
        if (e.headers().isEmpty()) {
            return response;
        }
        Response.ResponseBuilder builder = Response.fromResponse(response);
        e.headers().forEach(builder::header);
        return builder.build();
    }

    /** Routing and content negotiation errors of JAX-RS itself: 404, 405, 406, 413, 415 ... */
    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.errorf(e, "request to %s failed", uri.getPath());
            return respond(ProblemType.INTERNAL_ERROR, "unexpected error", uri, headers, List.of());
        }
        ProblemType type = ProblemType.forStatus(status);
        String detail = switch (type) {
            case NOT_FOUND -> "no resource at " + uri.getPath();
            case METHOD_NOT_ALLOWED -> "method not allowed on " + uri.getPath();
            default -> e.getMessage();
        };
        Response response = respond(type, detail, uri, headers, List.of());
        if (e instanceof NotAllowedException && e.getResponse().getHeaderString("Allow") != null) {
            return Response.fromResponse(response).header("Allow", e.getResponse().getHeaderString("Allow")).build();
        }
        return response;
    }

    /** A body that is not JSON at all. */
    @ServerExceptionMapper
    public Response malformed(JsonParseException e, UriInfo uri, HttpHeaders headers) {
        return respond(ProblemType.MALFORMED_JSON, "the body is not valid JSON", uri, headers, List.of());
    }

    /** JSON of the wrong shape for the resource, e.g. an object where a string belongs. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri, HttpHeaders headers) {
        String field = e.getPath().stream().map(ref -> ref.getFieldName() == null ? String.valueOf(ref.getIndex())
                : ref.getFieldName()).reduce((a, b) -> a + "." + b).orElse("");
        return respond(ProblemType.INVALID_REQUEST, "the body does not have the expected shape", uri, headers,
                field.isEmpty() ? List.of() : List.of(new FieldError(field, "wrong type")));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri, HttpHeaders headers) {
        LOG.errorf(e, "request to %s failed", uri.getPath());
        return respond(ProblemType.INTERNAL_ERROR, "unexpected error", uri, headers, List.of());
    }

    static Response respond(ProblemType type, String detail, UriInfo uri, HttpHeaders headers,
            List<FieldError> errors) {
        String requestId = headers.getHeaderString(RequestIds.HEADER);
        Problem problem = Problem.of(type, detail, uri.getPath(), requestId, errors);
        return Response.status(type.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
