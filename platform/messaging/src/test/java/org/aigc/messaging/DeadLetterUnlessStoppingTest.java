package org.aigc.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.junit.jupiter.api.Test;

class DeadLetterUnlessStoppingTest {

    /** Stands in for SmallRye's dead-letter handler: records which failures reached it. */
    static final class RecordingDeadLetters implements KafkaFailureHandler {
        final List<Throwable> handled = new ArrayList<>();
        boolean terminated;

        @Override
        public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
            handled.add(reason);
            return Uni.createFrom().voidItem();
        }

        @Override
        public void terminate() {
            terminated = true;
        }
    }

    @Test
    void deadLettersAFailedRecordWhileRunning() {
        RecordingDeadLetters deadLetters = new RecordingDeadLetters();
        var handler = new DeadLetterUnlessStopping.Handler(deadLetters, new AtomicBoolean(false));
        IllegalStateException poison = new IllegalStateException("unreadable");

        handler.handle(null, poison, Metadata.empty()).await().indefinitely();

        assertThat(deadLetters.handled).containsExactly(poison);
    }

    @Test
    void handsARecordBackInsteadOfDeadLetteringItOnceStopping() {
        RecordingDeadLetters deadLetters = new RecordingDeadLetters();
        AtomicBoolean stopping = new AtomicBoolean(false);
        var handler = new DeadLetterUnlessStopping.Handler(deadLetters, stopping);

        stopping.set(true);
        handler.handle(null, new IllegalStateException("Session/EntityManager is closed"), Metadata.empty())
                .await().indefinitely();
        handler.terminate();

        assertThat(deadLetters.handled).as("nothing dead-lettered while stopping").isEmpty();
        assertThat(deadLetters.terminated).isTrue();
    }
}
