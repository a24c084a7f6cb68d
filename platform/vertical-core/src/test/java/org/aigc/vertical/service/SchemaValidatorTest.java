package org.aigc.vertical.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.aigc.contracts.FieldError;
import org.aigc.contracts.Json;
import org.junit.jupiter.api.Test;

class SchemaValidatorTest {

    private static final String SCHEMA = """
            {"type":"object","required":["name","mood"],"properties":{
              "name":{"type":"string","minLength":1,"maxLength":5},
              "mood":{"enum":["calm","angry"]}}}""";

    @Test
    void namesEachFieldThatFails() {
        List<FieldError> errors = SchemaValidator.validate(SCHEMA, Json.tree("{\"name\":\"toolongname\"}"));

        assertThat(errors).extracting(FieldError::field).containsExactly("mood", "name");
    }

    @Test
    void acceptsAValidInstance() {
        assertThat(SchemaValidator.validate(SCHEMA, Json.tree("{\"name\":\"Mara\",\"mood\":\"calm\"}"))).isEmpty();
    }

    @Test
    void readsFencedJsonAnswers() {
        assertThat(JsonOutput.parse("```json\n{\"a\":1}\n```")).map(n -> n.get("a").asInt()).contains(1);
        assertThat(JsonOutput.parse("not json")).isEmpty();
    }
}
