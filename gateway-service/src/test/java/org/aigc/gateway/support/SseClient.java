package org.aigc.gateway.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/** A real HTTP client reading a server-sent event stream line by line in the background. */
public final class SseClient implements AutoCloseable {

    /** One event as received. */
    public record Event(String name, String data) {
    }

    private final List<Event> events = new CopyOnWriteArrayList<>();
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile int status;
    private volatile String contentType;
    private volatile InputStream body;

    public SseClient(String url, String apiKey) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + apiKey)
                .header("Accept", "text/event-stream").timeout(Duration.ofSeconds(60)).GET().build();
        Thread reader = new Thread(() -> read(request), "sse-client");
        reader.setDaemon(true);
        reader.start();
    }

    private void read(HttpRequest request) {
        try {
            HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request,
                    HttpResponse.BodyHandlers.ofInputStream());
            status = response.statusCode();
            contentType = response.headers().firstValue("content-type").orElse("");
            body = response.body();
            BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
            String name = "message";
            StringBuilder data = new StringBuilder();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isEmpty()) {
                    if (data.length() > 0) {
                        events.add(new Event(name, data.toString()));
                    }
                    name = "message";
                    data.setLength(0);
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    if (data.length() > 0) {
                        data.append('\n');
                    }
                    data.append(line.substring(5).stripLeading());
                }
            }
        } catch (IOException e) {
            if (!(e.getMessage() != null && e.getMessage().contains("closed"))) {
                throw new UncheckedIOException(e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            ended.countDown();
        }
    }

    public List<Event> events() {
        return List.copyOf(events);
    }

    public List<String> names() {
        return events.stream().map(Event::name).toList();
    }

    public int status() {
        return status;
    }

    public String contentType() {
        return contentType;
    }

    /** Whether the server ended the stream. */
    public boolean ended() {
        return ended.getCount() == 0;
    }

    @Override
    public void close() {
        try {
            if (body != null) {
                body.close();
            }
        } catch (IOException e) {
            // closing anyway
        }
    }
}
