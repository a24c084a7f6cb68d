package org.aigc.testkit;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One scripted answer of the {@link FakeOpenAiServer}.
 *
 * @param status   HTTP status
 * @param content  assistant message content of a 200 answer (ignored when {@code rawBody} is set)
 * @param rawBody  body sent verbatim (error documents, malformed JSON), or null
 * @param headers  extra response headers, e.g. {@code Retry-After}
 * @param delay    time before the first byte
 * @param chunks   stream deltas when the request asks for {@code stream: true}; null splits {@code content} into words
 * @param cutOff   end a stream abruptly after the chunks, without finish reason or {@code [DONE]}
 */
public record FakeReply(int status, String content, String rawBody, Map<String, String> headers, Duration delay,
        List<String> chunks, boolean cutOff, int promptTokens, int completionTokens) {

    public static FakeReply text(String content) {
        return new FakeReply(200, content, null, Map.of(), Duration.ZERO, null, false, -1, -1);
    }

    public static FakeReply error(int status, String message) {
        String body = "{\"error\":{\"message\":\"" + message.replace("\"", "'")
                + "\",\"type\":\"fake_error\",\"code\":" + status + "}}";
        return new FakeReply(status, null, body, Map.of(), Duration.ZERO, null, false, -1, -1);
    }

    public static FakeReply rateLimited(int retryAfterSeconds) {
        return error(429, "rate limited").withHeaders(Map.of("Retry-After", String.valueOf(retryAfterSeconds)));
    }

    /** A 200 answer whose body is not JSON. */
    public static FakeReply malformed() {
        return new FakeReply(200, null, "{\"choices\": [ this is not json", Map.of(), Duration.ZERO, null, false, -1,
                -1);
    }

    /** A stream that sends these deltas and then drops the connection. */
    public static FakeReply streamCutOff(List<String> chunks) {
        return new FakeReply(200, String.join("", chunks), null, Map.of(), Duration.ZERO, List.copyOf(chunks), true,
                -1, -1);
    }

    public FakeReply withHeaders(Map<String, String> extra) {
        return new FakeReply(status, content, rawBody, Map.copyOf(extra), delay, chunks, cutOff, promptTokens,
                completionTokens);
    }

    public FakeReply delayed(Duration by) {
        return new FakeReply(status, content, rawBody, headers, by, chunks, cutOff, promptTokens, completionTokens);
    }

    public FakeReply withChunks(List<String> deltas) {
        return new FakeReply(status, content, rawBody, headers, delay, List.copyOf(deltas), cutOff, promptTokens,
                completionTokens);
    }

    public FakeReply withUsage(int prompt, int completion) {
        return new FakeReply(status, content, rawBody, headers, delay, chunks, cutOff, prompt, completion);
    }
}
