package org.aigc.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Picks free loopback ports for servers that must know their port before they bind (Kafka advertises it). The port
 * is only free when picked: it is bound later by another process. Ports are therefore taken below Linux's default
 * ephemeral range (32768-60999), which the kernel hands to outgoing connections: a port from that range could be
 * taken by any client connection in between (an e2e service once failed to start with "port in use" that way).
 * Within this JVM a port is never picked twice.
 */
public final class FreePorts {

    static final int LOW = 20_000;
    static final int HIGH = 32_000;
    private static final int ATTEMPTS = 200;
    private static final Set<Integer> PICKED = ConcurrentHashMap.newKeySet();

    private FreePorts() {
    }

    public static int pick() {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(LOW, HIGH);
            if (!PICKED.contains(port) && bindable(port) && PICKED.add(port)) {
                return port;
            }
        }
        // a crowded range: let the kernel choose (from the ephemeral range)
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            PICKED.add(socket.getLocalPort());
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }

    /** {@code port} itself, or a free port when it is 0. */
    public static int orFree(int port) {
        return port == 0 ? pick() : port;
    }

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
