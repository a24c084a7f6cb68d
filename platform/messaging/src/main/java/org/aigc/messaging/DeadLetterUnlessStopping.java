package org.aigc.messaging;

import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import io.vertx.mutiny.core.Vertx;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

/**
 * The failure strategy of every consumed channel ({@code failure-strategy=dead-letter-unless-stopping}): a record whose
 * processing fails goes to the channel's dead-letter topic, as SmallRye's {@code dead-letter-queue} strategy does
 * (same {@code dead-letter-queue.*} settings), except while the service is stopping. A record that fails then failed
 * because the service is going away (its database pool or persistence context is already closed, its producer is
 * flushing), not because of what it holds: dead-lettering it would lose the work. It is left unacknowledged instead,
 * so its offset is not committed and the next owner of the partition (the restarted service or another replica)
 * processes it again.
 */
@ApplicationScoped
@Identifier(DeadLetterUnlessStopping.STRATEGY)
public class DeadLetterUnlessStopping implements KafkaFailureHandler.Factory {

    public static final String STRATEGY = "dead-letter-unless-stopping";

    private static final Logger LOG = Logger.getLogger(DeadLetterUnlessStopping.class);

    private final KafkaFailureHandler.Factory deadLetters;
    private final AtomicBoolean stopping = new AtomicBoolean();

    @Inject
    DeadLetterUnlessStopping(@Identifier(KafkaFailureHandler.Strategy.DEAD_LETTER_QUEUE)
            KafkaFailureHandler.Factory deadLetters) {
        this.deadLetters = deadLetters;
    }

    /** The first thing a stopping service does: from here on, failed records are handed back, not dead-lettered. */
    void onStop(@Observes @Priority(1) ShutdownEvent event) {
        stopping.set(true);
    }

    @Override
    public KafkaFailureHandler create(KafkaConnectorIncomingConfiguration config, Vertx vertx,
            KafkaConsumer<?, ?> consumer, BiConsumer<Throwable, Boolean> reportFailure) {
        return new Handler(deadLetters.create(config, vertx, consumer, reportFailure), stopping);
    }

    /** One channel's handler: the dead-letter handler, bypassed while the service stops. */
    static final class Handler implements KafkaFailureHandler {

        private final KafkaFailureHandler deadLetters;
        private final AtomicBoolean stopping;

        Handler(KafkaFailureHandler deadLetters, AtomicBoolean stopping) {
            this.deadLetters = deadLetters;
            this.stopping = stopping;
        }

        @Override
        public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
            if (stopping.get()) {
                LOG.infof("stopping: %s left uncommitted for the next owner of its partition (failed with %s)",
                        where(record), reason);
                return Uni.createFrom().voidItem();
            }
            return deadLetters.handle(record, reason, metadata);
        }

        @Override
        public void terminate() {
            deadLetters.terminate();
        }

        private static String where(IncomingKafkaRecord<?, ?> record) {
            return record == null ? "a record"
                    : "record " + record.getTopic() + "-" + record.getPartition() + "@" + record.getOffset();
        }
    }
}
