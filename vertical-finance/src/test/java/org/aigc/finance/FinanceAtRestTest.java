package org.aigc.finance;

import static io.restassured.RestAssured.given;
import static org.aigc.finance.FinanceTestData.client;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.aigc.contracts.GenerationCompleted;
import org.aigc.contracts.GenerationRequested;
import org.aigc.contracts.GenerationStatus;
import org.aigc.testkit.InfrastructureResource;
import org.aigc.vertical.domain.ComplianceRule;
import org.aigc.vertical.testing.PipelineTestSupport;
import org.aigc.vertical.testing.StoredRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Card numbers, IBANs, ID numbers and CVVs never reach the finance database; JSON tasks carry their disclosure. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class,
        initArgs = @ResourceArg(name = InfrastructureResource.DATABASE, value = "finance"))
class FinanceAtRestTest {

    /** The raw values, in the forms they could be stored in (as written, compacted, or in part). */
    private static final List<String> RAW = List.of("4111 1111 1111 1111", "4111111111111111", "1111 1111 1111",
            "DE89 3704 0044 0532 0130 00", "DE89370400440532013000", "0532 0130", "11010519491231002X",
            "110105194912", "6222021234567890128", "622202123456", "5500-0000-0000-0004");

    @RegisterExtension
    static final PipelineTestSupport pipeline = new PipelineTestSupport("finance");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aClientLetterAndItsReviewKeepNoAccountNumberAtRest() {
        String ref = client(pipeline.tenantId(), "R3");
        GenerationRequested request = pipeline.request("client-letter", ("{\"clientRef\": \"%s\", \"purpose\": "
                + "\"portfolio-update\", \"points\": \"Fees are debited from card 4111 1111 1111 1111; IBAN DE89 "
                + "3704 0044 0532 0130 00; ID 11010519491231002X.\"}").formatted(ref), null);
        GenerationCompleted held = pipeline.run(request,
                "Dear client, your fees are paid from card 6222021234567890128. Kind regards.").result();
        assertThat(held.status()).isEqualTo(GenerationStatus.NEEDS_REVIEW);

        given().header("X-Aigc-Tenant", pipeline.tenantId()).header("X-Aigc-User", "compliance-1")
                .contentType("application/json").body("{\"note\": \"refund goes to 5500-0000-0000-0004\"}")
                .post("/api/v1/finance/reviews/" + request.requestId() + "/approve").then().statusCode(200);
        pipeline.awaitResult(request.requestId(), GenerationStatus.COMPLETED);

        List<String> rows = StoredRows.of(dataSource, request.requestId());
        assertThat(rows).hasSizeGreaterThan(5).anySatisfy(r -> assertThat(r).contains("**** **** **** 1111"))
                .anySatisfy(r -> assertThat(r).contains("[redacted:fn-payment-card]"));
        assertNoRawValue(rows);
    }

    @Test
    void aBlockedCvvAndASwitchedOffMaskStillStoreNothingRaw() {
        String ref = client(pipeline.tenantId(), "R3");
        GenerationRequested cvv = pipeline.request("client-letter", ("{\"clientRef\": \"%s\", \"purpose\": "
                + "\"meeting-follow-up\", \"points\": \"Card ending 1111, CVV 739, confirm the payment.\"}")
                .formatted(ref), null);
        pipeline.send(cvv);
        assertThat(pipeline.awaitResult(cvv.requestId()).status()).isEqualTo(GenerationStatus.BLOCKED);
        List<String> cvvRows = StoredRows.of(dataSource, cvv.requestId());
        // whole number only: a timestamp or hash may contain the digits
        java.util.regex.Pattern code = java.util.regex.Pattern.compile("(?<![0-9A-Za-z.:])739(?![0-9A-Za-z])");
        assertThat(cvvRows).hasSizeGreaterThan(2).noneMatch(r -> code.matcher(r).find())
                .anySatisfy(r -> assertThat(r).contains("[redacted]"));

        setEnabled(List.of("FN-07", "PII-CARD-IN"), false);
        try {
            GenerationRequested unmasked = pipeline.request("client-letter", ("{\"clientRef\": \"%s\", \"purpose\": "
                    + "\"portfolio-update\", \"points\": \"Fees are debited from card 4111 1111 1111 1111.\"}")
                    .formatted(ref), null);
            pipeline.run(unmasked, "Dear client, fees are paid as agreed.");
            // the model call carries what the administrator let through (its outbox row goes once it is sent);
            // the generation row (input and prompt), the audit trail and the result do not
            List<String> rows = StoredRows.of(dataSource, unmasked.requestId()).stream()
                    .filter(r -> !r.contains(org.aigc.contracts.Topics.MODEL_CALLS)).toList();
            assertThat(rows).hasSizeGreaterThan(3)
                    .anySatisfy(r -> assertThat(r).contains("[redacted:fn-payment-card]"));
            assertNoRawValue(rows);
            assertThat(storedInput(unmasked.requestId())).contains("[redacted:fn-payment-card]");
        } finally {
            setEnabled(List.of("FN-07", "PII-CARD-IN"), true);
        }
    }

    @Test
    void newsSentimentCarriesTheRiskDisclosureInItsDisclaimerField() {
        String input = "{\"headline\": \"ACME beats estimates\", \"text\": \"ACME reported record revenue and "
                + "raised its dividend.\", \"entity\": \"ACME\"}";
        GenerationCompleted english = pipeline.run(pipeline.request("news-sentiment", input, null),
                "{\"sentiment\": \"positive\", \"confidence\": 0.9, \"reasons\": [\"record revenue\"], "
                        + "\"entity\": \"ACME\"}").result();
        GenerationCompleted chinese = pipeline.run(pipeline.request("news-sentiment", input, "zh-CN"),
                "{\"sentiment\": \"positive\", \"confidence\": 0.8, \"reasons\": [\"营收创历史新高，股息上调\"], "
                        + "\"entity\": \"ACME公司\"}").result();

        assertThat(english.status()).isEqualTo(GenerationStatus.COMPLETED);
        assertThat(english.output().path("disclaimer").asText()).isEqualTo("Investing involves risk, including "
                + "possible loss of principal. Past performance does not guarantee future results.");
        assertThat(english.content()).contains("\"disclaimer\"");
        assertThat(chinese.output().path("disclaimer").asText()).isEqualTo("市场有风险，投资需谨慎。");
    }

    private String storedInput(String requestId) {
        return QuarkusTransaction.requiringNew().call(() -> org.aigc.vertical.domain.Generation
                .byRequestId(requestId).orElseThrow().input);
    }

    private static void assertNoRawValue(List<String> rows) {
        for (String raw : RAW) {
            assertThat(rows).as("stored rows containing %s", raw).noneMatch(r -> r.contains(raw));
        }
    }

    private static void setEnabled(List<String> ids, boolean enabled) {
        QuarkusTransaction.requiringNew().run(() -> ComplianceRule.update("enabled = ?1 where id in ?2", enabled,
                ids));
    }
}
