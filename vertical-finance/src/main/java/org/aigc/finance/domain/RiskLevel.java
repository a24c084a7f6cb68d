package org.aigc.finance.domain;

import java.util.List;

/** The five-step scale shared by product risk (R1..R5) and client risk tolerance (same scale, C1..C5 in the PRC). */
public final class RiskLevel {

    public static final List<String> LEVELS = List.of("R1", "R2", "R3", "R4", "R5");

    private RiskLevel() {
    }

    /** 1..5, or 0 when the text is not a level. */
    public static int rank(String level) {
        return level == null ? 0 : LEVELS.indexOf(level.toUpperCase()) + 1;
    }
}
