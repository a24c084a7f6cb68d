package org.aigc.generation.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.RateLimitException;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import org.aigc.generation.domain.ErrorCode;
import org.aigc.generation.domain.ModelCallException;
import org.junit.jupiter.api.Test;

class ProviderErrorsTest {

    @Test
    void retriesRateLimitsServerErrorsTimeoutsAndConnectionErrors() {
        assertCode(new RateLimitException("slow down"), ErrorCode.MODEL_RATE_LIMITED, true);
        assertCode(new HttpException(503, "unavailable"), ErrorCode.MODEL_ERROR, true);
        assertCode(new RuntimeException("wrapped", new TimeoutException()), ErrorCode.MODEL_TIMEOUT, true);
        assertCode(new RuntimeException(new ConnectException("refused")), ErrorCode.MODEL_ERROR, true);
    }

    @Test
    void doesNotRetryClientErrors() {
        assertCode(new HttpException(400, "bad"), ErrorCode.MODEL_ERROR, false);
        assertCode(new HttpException(401, "no key"), ErrorCode.MODEL_ERROR, false);
        assertCode(new HttpException(404, "no model"), ErrorCode.MODEL_ERROR, false);
    }

    @Test
    void unknownFailuresAreNotRetried() {
        assertCode(new IllegalStateException("boom"), ErrorCode.MODEL_ERROR, false);
    }

    private static void assertCode(Throwable failure, ErrorCode code, boolean retryable) {
        ModelCallException classified = ProviderErrors.classify(failure);
        assertThat(classified.code()).as(failure.toString()).isEqualTo(code);
        assertThat(classified.retryable()).as(failure.toString()).isEqualTo(retryable);
    }
}
