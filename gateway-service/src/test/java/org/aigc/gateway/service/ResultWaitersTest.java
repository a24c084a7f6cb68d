package org.aigc.gateway.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.aigc.contracts.GenerationCompleted;
import org.aigc.contracts.GenerationStatus;
import org.aigc.gateway.config.GatewayConfig;
import org.junit.jupiter.api.Test;

class ResultWaitersTest {

    private static ResultWaiters waiters(int capacity) {
        GatewayConfig.Wait wait = new GatewayConfig.Wait() {
            @Override
            public Duration max() {
                return Duration.ofSeconds(60);
            }

            @Override
            public Duration maxStream() {
                return Duration.ofMinutes(10);
            }

            @Override
            public Duration streamRecheck() {
                return Duration.ofSeconds(5);
            }

            @Override
            public int maxWaiters() {
                return capacity;
            }
        };
        GatewayConfig config = (GatewayConfig) java.lang.reflect.Proxy.newProxyInstance(
                GatewayConfig.class.getClassLoader(), new Class<?>[] {GatewayConfig.class},
                (proxy, method, args) -> method.getName().equals("waiting") ? wait : null);
        return new ResultWaiters(config);
    }

    private static GenerationCompleted result(String requestId) {
        return GenerationCompleted.of(requestId, "t1", "games", "quest", GenerationStatus.COMPLETED).build();
    }

    @Test
    void wakesEveryWaiterOfTheRequestAndOnlyThose() {
        ResultWaiters waiters = waiters(10);
        ResultWaiters.Waiter a1 = waiters.register("a").orElseThrow();
        ResultWaiters.Waiter a2 = waiters.register("a").orElseThrow();
        ResultWaiters.Waiter b = waiters.register("b").orElseThrow();

        waiters.complete(result("a"));

        assertThat(a1.result()).isCompleted();
        assertThat(a2.result().join().requestId()).isEqualTo("a");
        assertThat(b.result()).isNotDone();
        assertThat(waiters.size()).isEqualTo(1);
    }

    @Test
    void removedWaitersAreForgottenAndCapacityIsBounded() {
        ResultWaiters waiters = waiters(2);
        ResultWaiters.Waiter a = waiters.register("a").orElseThrow();
        waiters.register("b").orElseThrow();
        assertThat(waiters.register("c")).isEqualTo(Optional.empty());

        waiters.remove(a);
        waiters.remove(a);
        assertThat(waiters.size()).isEqualTo(1);
        assertThat(waiters.register("c")).isPresent();
        waiters.complete(result("a"));
        assertThat(a.result()).isNotDone();
    }
}
