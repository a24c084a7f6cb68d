package org.aigc.gateway.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.aigc.contracts.ChatMessage;
import org.aigc.contracts.Json;
import org.aigc.contracts.ModelCallCompleted;
import org.aigc.gateway.config.GatewayConfig;
import org.aigc.gateway.domain.Allowlist;
import org.aigc.gateway.domain.ApiException;
import org.aigc.gateway.domain.ProblemType;
import org.aigc.gateway.domain.Tenant;
import org.aigc.gateway.service.Access;
import org.aigc.gateway.service.ChatCall;
import org.aigc.gateway.service.ChatScreening;
import org.aigc.gateway.service.DirectCallService;
import org.aigc.gateway.service.DirectCalls;
import org.aigc.gateway.service.RateLimitHeaders;
import org.aigc.gateway.service.TenantPolicy;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestMulti;

/**
 * OpenAI-compatible direct use with a platform API key: the call goes over Kafka to the generation service like every
 * other model call, with the tenant's model permissions, budget, quota and rate limit, and the generic screening
 * (card numbers and e-mails redacted both ways, instruction-override attempts refused). Waiting and streaming hold
 * no thread.
 */
@Path("/v1")
@Tag(name = "openai-compatible")
public class ChatCompletionsResource {

    private final Access access;
    private final DirectCallService direct;
    private final DirectCalls calls;
    private final ChatStreams streams;
    private final RateLimitHeaders rateLimit;
    private final GatewayConfig config;

    ChatCompletionsResource(Access access, DirectCallService direct, DirectCalls calls, ChatStreams streams,
            RateLimitHeaders rateLimit, GatewayConfig config) {
        this.access = access;
        this.direct = direct;
        this.calls = calls;
        this.streams = streams;
        this.rateLimit = rateLimit;
        this.config = config;
    }

    @POST
    @Path("chat/completions")
    @Blocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Chat completion (OpenAI format; stream=true answers with server-sent chunks)")
    @APIResponse(responseCode = "200", description = "The completion, or with stream=true its chunks", content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChatViews.Completion.class)),
        @Content(mediaType = MediaType.SERVER_SENT_EVENTS) })
    public RestMulti<byte[]> complete(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, String body) {
        Tenant tenant = access.admit(authorization);
        JsonNode json = JsonBodies.object(body);
        ChatCall call = screen(ChatRequests.parse(json, config.direct().maxTokens()));
        TenantPolicy.requireModel(tenant, call.model());
        UUID id = UUID.randomUUID();
        if (call.stream()) {
            return written(streams.start(id, tenant, call), MediaType.SERVER_SENT_EVENTS);
        }
        CompletableFuture<ModelCallCompleted> answer = calls.register(id.toString());
        try {
            direct.start(id, tenant, call);
        } catch (RuntimeException e) {
            calls.forget(id.toString());
            throw e;
        }
        Uni<String> completion = Uni.createFrom().completionStage(answer)
                .ifNoItem().after(config.direct().timeout()).failWith(() -> new ApiException(
                        ProblemType.MODEL_TIMEOUT, "no answer within " + config.direct().timeout().toSeconds() + " s"))
                // the answer arrives on a Kafka event-loop thread; releasing the reservation needs the database
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .onTermination().invoke(() -> {
                    calls.forget(id.toString());
                    direct.finish(id);
                })
                .map(completed -> Json.write(completion(id, completed)));
        // a failure comes before the first byte, so it still becomes a problem document
        return written(completion.toMulti(), MediaType.APPLICATION_JSON);
    }

    /**
     * The body written piece by piece as it comes, without a thread waiting. The media type is decided per request
     * (the declared one is only for the framework: {@link ChatAccept}), and the response filter that writes the
     * rate-limit headers does not see such a response: both are set here. Bytes, because a String would be written
     * as a JSON string.
     */
    private RestMulti<byte[]> written(Multi<String> body, String mediaType) {
        RestMulti.SyncRestMulti.Builder<byte[]> response = RestMulti
                .fromMultiData(body.map(text -> text.getBytes(StandardCharsets.UTF_8))).encodeAsJsonArray(false)
                .header(HttpHeaders.CONTENT_TYPE, mediaType).header(HttpHeaders.CACHE_CONTROL, "no-cache");
        rateLimit.headers().forEach((name, values) -> response.header(name, values.get(0)));
        return response.build();
    }

    @GET
    @Path("models")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The model aliases this key may use (OpenAI format)")
    public ChatViews.ModelList models(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Tenant tenant = access.admit(authorization);
        List<String> aliases = tenant.allowedModels != null ? Allowlist.parse(tenant.allowedModels)
                : config.direct().models();
        long created = tenant.createdAt.getEpochSecond();
        return new ChatViews.ModelList("list",
                aliases.stream().map(alias -> new ChatViews.Model(alias, "model", created, "aigc-platform")).toList());
    }

    /** Redacts PII in every message; refuses instruction-override attempts in what the caller wrote. */
    static ChatCall screen(ChatCall call) {
        List<ChatMessage> screened = call.messages().stream().map(message -> {
            ChatScreening.Screened result = ChatScreening.screen(message.content());
            if (result.injection() && !message.role().equals("assistant")) {
                throw new ApiException(ProblemType.INPUT_BLOCKED,
                        "the prompt tries to override the instructions; refused");
            }
            return new ChatMessage(message.role(), result.text());
        }).toList();
        return new ChatCall(call.model(), screened, call.temperature(), call.maxTokens(), call.stream());
    }

    private static ChatViews.Completion completion(UUID id, ModelCallCompleted completed) {
        if (!completed.ok()) {
            throw new ApiException(ProblemType.MODEL_FAILED, "the model call failed: " + completed.errorCode());
        }
        String content = ChatScreening.screen(completed.content() == null ? "" : completed.content()).text();
        return new ChatViews.Completion("chatcmpl-" + id, "chat.completion", Instant.now().getEpochSecond(),
                completed.model(), List.of(new ChatViews.Choice(0, new ChatViews.Message("assistant", content),
                        completed.finishReason() == null ? "stop" : completed.finishReason(), null)),
                ChatViews.Usage.of(completed.usage()));
    }
}
