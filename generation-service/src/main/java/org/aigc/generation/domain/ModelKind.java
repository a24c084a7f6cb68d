package org.aigc.generation.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What stands behind a registry alias (DESIGN.md section 4). */
public enum ModelKind {
    BASE, LORA, FINETUNED, CUSTOM, OFFLINE;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ModelKind parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown model kind '" + value
                    + "' (expected base, lora, finetuned, custom or offline)", e);
        }
    }
}
