package org.aigc.vertical.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error of an industry service's REST API is an RFC 9457 problem document: the gateway passes these answers on
 * to its callers as they are. Problems thrown by the resources keep their response; the framework's own bare answers
 * (no route 404, 405, 406, 415, a path parameter that is no number) get the problem document of their status; a body
 * that is not JSON of the expected shape, or a value the database cannot store, is a 400; anything else a 500.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String BASE = "https://aigc.dev/problems/";

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        Response response = e.getResponse();
        if (response.hasEntity()) {
            return response;
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return invalidJson(json);
        }
        int status = response.getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Response problem = forStatus(status, detail(status, uri, e)).toResponse();
        String allow = response.getHeaderString(HttpHeaders.ALLOW);
        return allow == null ? problem : Response.fromResponse(problem).header(HttpHeaders.ALLOW, allow).build();
    }

    /** Jackson errors that reach here directly rather than wrapped by the JSON reader. */
    @ServerExceptionMapper
    public Response json(JsonProcessingException e) {
        return invalidJson(e);
    }

    /** JSON of the wrong shape (an object where a number belongs): replaces the framework's bare 400. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return invalidJson(e);
    }

    /** A type Jackson cannot handle is a bug here, not bad input: a 500, but as a problem document. */
    @ServerExceptionMapper
    public Response definition(InvalidDefinitionException e, UriInfo uri) {
        return unexpected(e, uri);
    }

    /**
     * The rest. A database "data exception" (SQL state class 22: a NUL character, a number out of range, text too
     * long for its column) is caused by the value the caller sent: 400. An integrity violation (class 23) is a 409.
     */
    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                if (sql.getSQLState().startsWith("22")) {
                    return new Problem(Problems.INVALID_REQUEST, "Invalid request", 400,
                            "a value of the request cannot be stored (SQL state " + sql.getSQLState() + ")").toResponse();
                }
                if (sql.getSQLState().startsWith("23")) {
                    return new Problem(Problems.CONFLICT, "Conflict", 409,
                            "the request conflicts with stored data (SQL state " + sql.getSQLState() + ")").toResponse();
                }
            }
        }
        LOG.errorf(e, "request to %s failed", uri.getPath());
        return new Problem(BASE + "internal-error", "Internal error", 500, "unexpected error").toResponse();
    }

    private static Response invalidJson(JsonProcessingException json) {
        return new Problem(Problems.INVALID_REQUEST, "Invalid request", 400,
                "the body is not valid JSON of the expected shape: " + json.getOriginalMessage()).toResponse();
    }

    /** The problem type of a status the resources did not classify themselves. */
    static Problem forStatus(int status, String detail) {
        return switch (status) {
            case 400 -> new Problem(Problems.INVALID_REQUEST, "Invalid request", 400, detail);
            case 401 -> new Problem(BASE + "unauthorized", "Unauthorized", 401, detail);
            case 403 -> new Problem(BASE + "forbidden", "Forbidden", 403, detail);
            case 404 -> new Problem(Problems.NOT_FOUND, "Not found", 404, detail);
            case 405 -> new Problem(BASE + "method-not-allowed", "Method not allowed", 405, detail);
            case 406 -> new Problem(BASE + "not-acceptable", "Not acceptable", 406, detail);
            case 409 -> new Problem(Problems.CONFLICT, "Conflict", 409, detail);
            case 413 -> new Problem(BASE + "payload-too-large", "Request body too large", 413, detail);
            case 415 -> new Problem(BASE + "unsupported-media-type", "Unsupported media type", 415, detail);
            default -> new Problem(BASE + "http-" + status, Response.Status.fromStatusCode(status) == null
                    ? "HTTP " + status : Response.Status.fromStatusCode(status).getReasonPhrase(), status, detail);
        };
    }

    private static String detail(int status, UriInfo uri, WebApplicationException e) {
        return switch (status) {
            case 404 -> "no resource at " + uri.getPath();
            case 405 -> "method not allowed on " + uri.getPath();
            case 406 -> "none of the accepted media types can be produced";
            case 415 -> "the body's media type is not supported here";
            default -> e.getMessage();
        };
    }
}
