package org.aigc.generation.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What stands behind a registry alias (DESIGN.md section 4); only {@code base} and {@code offline} exist yet. */
public enum ModelKind {
    BASE, LORA, FINETUNED, CUSTOM, OFFLINE;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
