package org.aigc.gateway.domain;

import java.util.Arrays;
import java.util.List;

/** A list of slugs stored as one comma-separated column; null stands for "everything is allowed". */
public final class Allowlist {

    private Allowlist() {
    }

    public static boolean allows(String stored, String value) {
        return stored == null || value != null && parse(stored).contains(value);
    }

    public static List<String> parse(String stored) {
        return stored == null ? null : Arrays.stream(stored.split(",")).filter(s -> !s.isEmpty()).toList();
    }

    public static String join(List<String> values) {
        return values == null ? null : String.join(",", values);
    }
}
