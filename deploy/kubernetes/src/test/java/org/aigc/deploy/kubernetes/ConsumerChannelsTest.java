package org.aigc.deploy.kubernetes;

import static org.aigc.deploy.kubernetes.ManifestsTest.config;
import static org.aigc.deploy.kubernetes.ManifestsTest.kafkaTopics;
import static org.aigc.deploy.kubernetes.ManifestsTest.rendered;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aigc.contracts.Topics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Poison records: every Kafka channel a service consumes ({@code mp.messaging.incoming.*} in its
 * application.properties) must dead-letter what it cannot handle to {@code <topic>.dlq}, that topic must exist, and
 * the service's KafkaUser must be allowed to read the topic and write its dead-letter topic. A channel may skip
 * (failure-strategy=ignore) only when the same service reads the same topic in a shared group that dead-letters, so a
 * poison record lands on the DLQ once, not once per replica. The strategy is the platform's
 * {@code dead-letter-unless-stopping} (SmallRye's dead-letter-queue, but a stopping service hands records back).
 */
class ConsumerChannelsTest {

    private static final String PREFIX = "mp.messaging.incoming.";
    private static final String STRING_SERIALIZER = "org.apache.kafka.common.serialization.StringSerializer";
    /** {@code ${name:default}}: the channel's topic as configured when the property is not set. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{[^:}]+:([^}]*)}");

    /** One {@code @Incoming} channel of a service, as configured for prod. */
    record Channel(String service, String name, String topic, String failureStrategy, String deadLetterTopic,
            String groupId, Properties props) {

        boolean deadLetters() {
            return "dead-letter-unless-stopping".equals(failureStrategy);
        }

        boolean sharedGroup() {
            return groupId != null && !groupId.contains("${");
        }

        String property(String suffix) {
            return props.getProperty(PREFIX + name + "." + suffix);
        }

        @Override
        public String toString() {
            return service + " " + name;
        }
    }

    static List<Channel> channels() {
        List<Channel> channels = new ArrayList<>();
        for (String service : ServiceConfig.SERVICES) {
            Properties props = config(service).props;
            for (String key : new TreeSet<>(props.stringPropertyNames())) {
                if (key.startsWith(PREFIX) && key.endsWith(".connector")
                        && "smallrye-kafka".equals(props.getProperty(key))) {
                    String name = key.substring(PREFIX.length(), key.length() - ".connector".length());
                    String channel = PREFIX + name + ".";
                    channels.add(new Channel(service, name, resolve(props.getProperty(channel + "topic")),
                            props.getProperty(channel + "failure-strategy", "fail"),
                            resolve(props.getProperty(channel + "dead-letter-queue.topic")),
                            props.getProperty(channel + "group.id"), props));
                }
            }
        }
        return channels;
    }

    /** Placeholders with a default resolve to it: what the service uses when nothing overrides them. */
    static String resolve(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = PLACEHOLDER.matcher(value);
        return m.replaceAll(r -> Matcher.quoteReplacement(r.group(1)));
    }

    @Test
    void everyConsumedChannelDeadLettersToItsTopicsDlqOrLeavesThatToASharedGroup() {
        List<Channel> channels = channels();
        assertThat(channels).as("the @Incoming channels of the services").hasSizeGreaterThanOrEqualTo(9);
        for (Channel c : channels) {
            assertThat(c.topic).as(c + " topic").isIn(Topics.all());
            if (c.deadLetters()) {
                assertThat(c.deadLetterTopic).as(c + " dead-letter topic").isEqualTo(Topics.dlq(c.topic));
                for (String part : List.of("key", "value")) {
                    // unset, SmallRye derives the DLQ serializer from the channel's deserializer
                    String serializer = c.property("dead-letter-queue." + part + ".serializer");
                    String effective = serializer != null ? serializer
                            : c.property(part + ".deserializer").replace("Deserializer", "Serializer");
                    assertThat(effective).as(c + " DLQ " + part + " serializer: the record is copied as it came")
                            .isEqualTo(STRING_SERIALIZER);
                }
            } else {
                assertThat(c.failureStrategy).as(c + ": not dead-lettering is only allowed as 'ignore'")
                        .isEqualTo("ignore");
                assertThat(channels).as(c + ": skips poison, so a shared group of " + c.service + " on " + c.topic
                        + " must dead-letter it").anyMatch(other -> other.service.equals(c.service)
                                && other.topic.equals(c.topic) && other.deadLetters() && other.sharedGroup());
            }
        }
    }

    @Test
    void everyConsumedContractTopicIsDeadLetteredBySomeConsumer() {
        Set<String> consumed = new TreeSet<>();
        Set<String> deadLettered = new TreeSet<>();
        for (Channel c : channels()) {
            consumed.add(c.topic);
            if (c.deadLetters()) {
                deadLettered.add(c.topic);
            }
        }
        assertThat(consumed).as("every contract topic has a consumer").containsExactlyInAnyOrderElementsOf(Topics.all());
        assertThat(deadLettered).as("consumed topics with a dead-lettering consumer").isEqualTo(consumed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void deadLetterTopicsExistAndEachConsumerMayReadItsTopicAndWriteItsDlq(String overlay) {
        Manifests m = rendered(overlay);
        Set<String> topics = kafkaTopics(m).keySet();
        for (Channel c : channels()) {
            assertThat(topics).as(overlay + ": KafkaTopic for " + c).contains(c.topic);
            Set<String> reads = new HashSet<>();
            Set<String> writes = new HashSet<>();
            JsonNode user = m.find("KafkaUser", c.service)
                    .orElseThrow(() -> new AssertionError("no KafkaUser " + c.service)).node();
            for (JsonNode acl : user.at("/spec/authorization/acls")) {
                if (acl.at("/resource/type").asText().equals("topic")) {
                    String name = acl.at("/resource/name").asText();
                    acl.path("operations").forEach(o -> (o.asText().equals("Read") ? reads
                            : o.asText().equals("Write") ? writes : new HashSet<String>()).add(name));
                }
            }
            assertThat(reads).as(overlay + ": " + c + " may read " + c.topic).contains(c.topic);
            if (c.deadLetters()) {
                assertThat(topics).as(overlay + ": KafkaTopic for the DLQ of " + c).contains(c.deadLetterTopic);
                assertThat(writes).as(overlay + ": " + c + " may write " + c.deadLetterTopic)
                        .contains(c.deadLetterTopic);
            }
        }
    }
}
