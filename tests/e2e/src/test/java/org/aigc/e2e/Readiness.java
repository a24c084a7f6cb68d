package org.aigc.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Waits for processes to become usable, failing fast (with the log) when one of them dies instead. */
final class Readiness {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    private Readiness() {
    }

    static boolean isUp(int port) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/q/health/ready")).timeout(Duration.ofSeconds(3))
                    .build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().replace(" ", "").contains("\"status\":\"UP\"");
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Until {@code readyFile} exists (written by the local stack once Kafka and PostgreSQL are usable). */
    static void awaitFile(ManagedProcess process, Path readyFile, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!Files.exists(readyFile)) {
            failIfDead(process);
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(process.name() + " not ready within " + timeout + ":\n"
                        + process.tail(40));
            }
            Thread.sleep(200);
        }
    }

    /** Until every service answers UP on {@code /q/health/ready}. */
    static void awaitHealthy(Collection<ManagedProcess> services, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<ManagedProcess> pending = new ArrayList<>(services);
        while (!pending.isEmpty()) {
            for (ManagedProcess service : List.copyOf(pending)) {
                failIfDead(service);
                if (isUp(service.port())) {
                    pending.remove(service);
                }
            }
            if (pending.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                StringBuilder message = new StringBuilder("not ready within " + timeout + ": ");
                pending.forEach(p -> message.append(p.name()).append(' '));
                pending.forEach(p -> message.append("\n--- ").append(p).append(" ---\n").append(p.tail(30)));
                throw new IllegalStateException(message.toString());
            }
            Thread.sleep(500);
        }
    }

    private static void failIfDead(ManagedProcess process) {
        if (!process.isAlive()) {
            throw new IllegalStateException(process.name() + " exited during start-up:\n" + process.tail(60));
        }
    }
}
