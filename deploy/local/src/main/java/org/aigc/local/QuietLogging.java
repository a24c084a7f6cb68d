package org.aigc.local;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Logging of the standalone local stack: warnings and errors only, so a healthy broker says nothing. Kafka and zonky
 * log through SLF4J and Log4j 2, both routed to JBoss LogManager, which must be the JUL manager before any logger
 * exists: call {@link #install()} first thing in {@code main}.
 */
final class QuietLogging {

    private QuietLogging() {
    }

    static void install() {
        System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
        String level = System.getenv().getOrDefault("AIGC_INFRA_LOG_LEVEL", "WARNING");
        Logger.getLogger("").setLevel(Level.parse(level));
        Logger.getLogger("kafka").setLevel(Level.WARNING);
        Logger.getLogger("org.apache.kafka").setLevel(Level.WARNING);
        Logger.getLogger("state.change.logger").setLevel(Level.WARNING);
        // its only warning is a harmless double close of the broker's own client during shutdown
        Logger.getLogger("org.apache.kafka.clients.NetworkClient").setLevel(Level.SEVERE);
    }
}
