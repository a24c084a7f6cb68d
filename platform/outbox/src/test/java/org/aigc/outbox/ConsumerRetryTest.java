package org.aigc.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.aigc.contracts.MalformedEventException;
import org.junit.jupiter.api.Test;

/** The retry policy of consumers, without a clock: pauses are recorded, not slept. */
class ConsumerRetryTest {

    private final List<Duration> pauses = new ArrayList<>();

    private ConsumerRetry retry(int attempts) {
        ConsumerRetryConfig config = new ConsumerRetryConfig() {
            public int maxAttempts() {
                return attempts;
            }

            public Duration initialDelay() {
                return Duration.ofMillis(100);
            }

            public Duration maxDelay() {
                return Duration.ofMillis(300);
            }
        };
        return new ConsumerRetry(config, pauses::add);
    }

    /** A database error as Hibernate reports it: the driver's SQLException with its SQLSTATE as the cause. */
    private static RuntimeException database(String sqlState) {
        return new PersistenceException("could not execute statement", new SQLException("boom", sqlState));
    }

    @Test
    void aTransientFailureIsRetriedWithGrowingBoundedPausesUntilItSucceeds() {
        AtomicInteger calls = new AtomicInteger();
        String result = retry(6).call("record r-1", () -> {
            if (calls.incrementAndGet() < 5) {
                throw database("08006");
            }
            return "done";
        });
        assertThat(result).isEqualTo("done");
        assertThat(calls).hasValue(5);
        assertThat(pauses).hasSize(4);
        long[] base = {100, 200, 300, 300};
        for (int i = 0; i < base.length; i++) {
            assertThat(pauses.get(i).toMillis()).as("pause " + i).isBetween(base[i], base[i] + base[i] / 5);
        }
    }

    @Test
    void aPersistentTransientFailureGivesUpAfterTheLastAttemptWithItsError() {
        AtomicInteger calls = new AtomicInteger();
        RuntimeException outage = database("57P01");
        assertThatThrownBy(() -> retry(3).run("record r-2", () -> {
            calls.incrementAndGet();
            throw outage;
        })).isSameAs(outage);
        assertThat(calls).hasValue(3);
        assertThat(pauses).hasSize(2);
    }

    @Test
    void poisonAndBugsAreNotRetried() {
        for (RuntimeException error : List.of(new MalformedEventException("not JSON"),
                new IllegalStateException("a bug"), database("23505"),
                new MalformedEventException("bad", new SQLTransientConnectionException("x")))) {
            AtomicInteger calls = new AtomicInteger();
            assertThatThrownBy(() -> retry(5).run("record", () -> {
                calls.incrementAndGet();
                throw error;
            })).isSameAs(error);
            assertThat(calls).as(error.toString()).hasValue(1);
        }
        assertThat(pauses).isEmpty();
    }

    @Test
    void classifiesTheFailuresOfAnOutageAsTransient() {
        assertThat(TransientFailures.isTransient(database("08001"))).as("connection refused").isTrue();
        assertThat(TransientFailures.isTransient(database("53300"))).as("too many connections").isTrue();
        assertThat(TransientFailures.isTransient(database("40001"))).as("serialization failure").isTrue();
        assertThat(TransientFailures.isTransient(database("40P01"))).as("deadlock").isTrue();
        assertThat(TransientFailures.isTransient(database("55P03"))).as("lock timeout").isTrue();
        assertThat(TransientFailures.isTransient(database("57P03"))).as("cannot connect now").isTrue();
        assertThat(TransientFailures.isTransient(new RuntimeException(new SQLException(
                "Acquisition timeout while waiting for new connection", new TimeoutException())))).isTrue();
        assertThat(TransientFailures.isTransient(new RuntimeException(new SQLTransientConnectionException()))).isTrue();
        assertThat(TransientFailures.isTransient(database("23505"))).as("unique violation").isFalse();
        assertThat(TransientFailures.isTransient(database("22P02"))).as("invalid input").isFalse();
        assertThat(TransientFailures.isTransient(database(null))).isFalse();
        assertThat(TransientFailures.isTransient(new NullPointerException())).isFalse();
    }

    @Test
    void retryingCanBeTurnedOff() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> retry(1).run("record", () -> {
            calls.incrementAndGet();
            throw database("08006");
        })).isInstanceOf(PersistenceException.class);
        assertThat(calls).hasValue(1);
    }
}
