package org.aigc.testkit;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * Checks a record read from a {@code <topic>.dlq}: SmallRye's dead-letter-queue failure strategy copies the original
 * key and value and adds the error as headers ({@code dead-letter-reason}, {@code dead-letter-topic}, ...). Throws
 * {@link AssertionError} so it works with any assertion library.
 */
public final class DeadLetters {

    public static final String REASON = "dead-letter-reason";
    public static final String CAUSE = "dead-letter-cause";
    public static final String EXCEPTION_CLASS = "dead-letter-exception-class-name";
    public static final String CAUSE_CLASS = "dead-letter-cause-class-name";
    public static final String TOPIC = "dead-letter-topic";
    public static final String PARTITION = "dead-letter-partition";
    public static final String OFFSET = "dead-letter-offset";

    private DeadLetters() {
    }

    /** The last value of a header as UTF-8 text, or null. */
    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /**
     * The exception class, reason and cause headers together, lower case (the cause is absent when the error had
     * none).
     */
    public static String error(ConsumerRecord<?, ?> record) {
        String cause = header(record, CAUSE);
        return (header(record, EXCEPTION_CLASS) + ": " + header(record, REASON) + (cause == null ? "" : " / " + cause))
                .toLowerCase(Locale.ROOT);
    }

    /**
     * Asserts the dead letter is the unchanged original from {@code sourceTopic} with the error in its headers, and
     * that the error mentions every one of {@code errorMentions} (case-insensitive, in the exception class, the reason
     * or the cause).
     * Returns the record for further checks.
     */
    public static <K> ConsumerRecord<K, String> assertDeadLetter(ConsumerRecord<K, String> record, String sourceTopic,
            String originalValue, String... errorMentions) {
        check(originalValue.equals(record.value()), record, "value is not the original record's: " + record.value());
        check(sourceTopic.equals(header(record, TOPIC)), record, TOPIC + " is " + header(record, TOPIC)
                + ", expected " + sourceTopic);
        check(isNumber(header(record, PARTITION)) && isNumber(header(record, OFFSET)), record,
                "no source partition/offset headers");
        check(header(record, EXCEPTION_CLASS) != null, record, "no " + EXCEPTION_CLASS + " header");
        String reason = header(record, REASON);
        check(reason != null && !reason.isBlank(), record, "no " + REASON + " header");
        String error = error(record);
        for (String mention : errorMentions) {
            check(error.contains(mention.toLowerCase(Locale.ROOT)), record,
                    "the error does not mention '" + mention + "': " + error);
        }
        return record;
    }

    private static boolean isNumber(String text) {
        return text != null && text.matches("\\d+");
    }

    private static void check(boolean ok, ConsumerRecord<?, ?> record, String message) {
        if (!ok) {
            throw new AssertionError("dead letter " + record.key() + " from " + record.topic() + ": " + message);
        }
    }
}
