package org.aigc.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.aigc.contracts.Json;
import org.aigc.contracts.Topics;
import org.junit.jupiter.api.Test;

class TestInfrastructureTest {

    @Test
    void kafkaCarriesRecordsOnEveryContractTopic() {
        try (KafkaTestClient kafka = KafkaTestClient.shared();
                KafkaTestClient.Reader reader = kafka.reader(Topics.RESULTS)) {
            kafka.send(Topics.RESULTS, "req-42", "{\"hello\":1}");
            assertThat(reader.await(KafkaTestClient.key("req-42"), Duration.ofSeconds(20)).value())
                    .isEqualTo("{\"hello\":1}");
        }
    }

    @Test
    void postgresGivesEachServiceItsOwnDatabase() throws Exception {
        String url = TestInfrastructure.get().database("testkit_check");
        assertThat(TestInfrastructure.get().database("testkit_check")).isEqualTo(url);
        try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
                ResultSet rs = connection.createStatement().executeQuery("select current_database()")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("testkit_check");
        }
    }

    @Test
    void fakeOpenAiServerAnswersScriptedRepliesThenEchoes() throws Exception {
        try (FakeOpenAiServer fake = FakeOpenAiServer.start()) {
            fake.enqueue(FakeReply.rateLimited(2), FakeReply.text("scripted"));
            HttpClient http = HttpClient.newHttpClient();
            String body = Json.write(Map.of("model", "m1", "messages",
                    List.of(Map.of("role", "user", "content", "hi there"))));
            HttpRequest request = HttpRequest.newBuilder(URI.create(fake.baseUrl() + "/chat/completions"))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json")
                    .build();

            HttpResponse<String> limited = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(limited.statusCode()).isEqualTo(429);
            assertThat(limited.headers().firstValue("Retry-After")).contains("2");

            HttpResponse<String> scripted = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(Json.tree(scripted.body()).at("/choices/0/message/content").asText()).isEqualTo("scripted");

            HttpResponse<String> echo = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(Json.tree(echo.body()).at("/choices/0/message/content").asText()).contains("hi there");
            assertThat(Json.tree(echo.body()).at("/usage/total_tokens").asInt()).isPositive();
            assertThat(fake.requests()).hasSize(3);
            assertThat(fake.lastRequest().path("model").asText()).isEqualTo("m1");
        }
    }
}
