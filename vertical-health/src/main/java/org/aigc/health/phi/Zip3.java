package org.aigc.health.phi;

import java.util.Set;

/**
 * The Safe Harbor ZIP-3 rule (45 CFR 164.514(b)(2)(i)(B)): the first three digits of a ZIP code may stay only where
 * the three-digit area holds more than 20,000 people; the others become 000. The restricted prefixes are the ones
 * HHS lists from the 2000 Census (HHS de-identification guidance, section 3.3); refresh them from current Census data.
 */
public final class Zip3 {

    static final Set<String> RESTRICTED = Set.of("036", "059", "063", "102", "203", "556", "692", "790", "821", "823",
            "830", "831", "878", "879", "884", "890", "893");

    private Zip3() {
    }

    /** The part of a ZIP code that may be kept: its first three digits, or 000 in a small area. */
    public static String generalise(String zip) {
        String prefix = zip.substring(0, 3);
        return RESTRICTED.contains(prefix) ? "000" : prefix;
    }
}
