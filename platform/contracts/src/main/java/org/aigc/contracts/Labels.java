package org.aigc.contracts;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Labels of an output: the explicit (visible) text and the implicit {@code AIGC} metadata object. */
public record Labels(String explicit, @JsonProperty("AIGC") AigcLabel aigc) {
}
