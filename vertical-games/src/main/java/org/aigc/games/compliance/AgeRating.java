package org.aigc.games.compliance;

import java.util.Map;
import java.util.Set;

/**
 * Age ratings a world may declare, as the minimum age each one admits. ESRB E = everyone (6 here), E10+ = 10, T = 13,
 * M = 17, AO = 18; PEGI by its number; the CADPA 适龄提示 colours green 8+, blue 12+, yellow 16+.
 */
public final class AgeRating {

    public static final String DEFAULT = "PEGI-12";

    private static final Map<String, Integer> MIN_AGE = Map.ofEntries(
            Map.entry("PEGI-3", 3), Map.entry("PEGI-7", 7), Map.entry("PEGI-12", 12), Map.entry("PEGI-16", 16),
            Map.entry("PEGI-18", 18), Map.entry("ESRB-E", 6), Map.entry("ESRB-E10+", 10), Map.entry("ESRB-T", 13),
            Map.entry("ESRB-M", 17), Map.entry("ESRB-AO", 18), Map.entry("CADPA-8+", 8), Map.entry("CADPA-12+", 12),
            Map.entry("CADPA-16+", 16));

    public static final Set<String> NAMES = MIN_AGE.keySet();

    private AgeRating() {
    }

    /** The minimum age of the rating; an unknown rating counts as the platform default (12). */
    public static int minAge(String rating) {
        return MIN_AGE.getOrDefault(rating == null ? DEFAULT : rating, 12);
    }
}
