package org.aigc.health.phi;

/**
 * One identifier found in a text.
 *
 * @param start       where the part to remove starts (for a dated value, only the month and day: the year may stay)
 * @param replacement what a positional de-identification writes instead (ZIP-3, "90+", the kind's token)
 */
public record PhiMatch(PhiKind kind, int start, int end, String text, String replacement) {

    public int length() {
        return end - start;
    }

    boolean overlaps(PhiMatch other) {
        return start < other.end && other.start < end;
    }
}
