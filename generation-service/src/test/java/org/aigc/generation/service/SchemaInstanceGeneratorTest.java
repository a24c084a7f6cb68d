package org.aigc.generation.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Set;
import org.aigc.contracts.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SchemaInstanceGeneratorTest {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    @ParameterizedTest
    @ValueSource(strings = {
            // a product listing: required and optional properties, nested object, bounded strings and numbers
            """
            {"type":"object","required":["title","bullets","price","inStock"],"additionalProperties":false,
             "properties":{
               "title":{"type":"string","minLength":10,"maxLength":80},
               "bullets":{"type":"array","minItems":3,"maxItems":5,"items":{"type":"string","minLength":5}},
               "price":{"type":"number","minimum":0.01,"maximum":99999},
               "inStock":{"type":"boolean"},
               "seo":{"type":"object","required":["keywords"],
                      "properties":{"keywords":{"type":"array","uniqueItems":true,"minItems":2,
                                                 "items":{"type":"string","maxLength":8}}}}}}
            """,
            // enums, consts, integers with exclusive bounds and multipleOf
            """
            {"type":"object","required":["tone","version","level","score"],
             "properties":{
               "tone":{"enum":["formal","playful"]},
               "version":{"const":2},
               "level":{"type":"integer","exclusiveMinimum":3,"maximum":10,"multipleOf":2},
               "score":{"type":"number","exclusiveMinimum":0,"exclusiveMaximum":1}}}
            """,
            // $defs references, nullable type arrays and string formats
            """
            {"type":"object","required":["npc","reply","at"],
             "$defs":{"npc":{"type":"object","required":["name","mood"],
                             "properties":{"name":{"type":"string","maxLength":4},
                                           "mood":{"type":["string","null"],"enum":["calm","angry",null]}}}},
             "properties":{"npc":{"$ref":"#/$defs/npc"},
                           "reply":{"type":"string","minLength":1},
                           "at":{"type":"string","format":"date-time"},
                           "contact":{"type":"string","format":"email"}}}
            """,
            // arrays at the root, allOf and anyOf
            """
            {"type":"array","minItems":2,"items":{
               "allOf":[{"type":"object","required":["id"],"properties":{"id":{"type":"integer","minimum":1}}},
                        {"required":["label"],"properties":{"label":{"anyOf":[{"type":"string"},{"type":"null"}]}}}]}}
            """,
            // minProperties with typed additional properties, negative bounds
            """
            {"type":"object","minProperties":2,"additionalProperties":{"type":"integer","maximum":-5},
             "properties":{"only":{"type":"integer","maximum":-5}}}
            """
    })
    void generatesAValidInstanceOfEachSchema(String schemaText) {
        JsonNode schema = Json.tree(schemaText);

        JsonNode instance = SchemaInstanceGenerator.instanceOf(schema);

        Set<ValidationMessage> violations = FACTORY.getSchema(schema).validate(instance);
        assertThat(violations).as("instance %s", instance).isEmpty();
    }

    @Test
    void fillsEveryDeclaredPropertyAndRespectsMinItems() {
        JsonNode schema = Json.tree("""
                {"type":"object","required":["a"],"properties":{"a":{"type":"string"},
                 "b":{"type":"array","minItems":3,"items":{"type":"integer"}}}}
                """);

        JsonNode instance = SchemaInstanceGenerator.instanceOf(schema);

        assertThat(instance.fieldNames()).toIterable().containsExactly("a", "b");
        assertThat(instance.get("b")).hasSize(3);
    }

    @Test
    void isDeterministic() {
        JsonNode schema = Json.tree("""
                {"type":"object","properties":{"x":{"type":"string"},"y":{"type":"number"}}}
                """);

        assertThat(SchemaInstanceGenerator.instanceOf(schema)).isEqualTo(SchemaInstanceGenerator.instanceOf(schema));
    }
}
