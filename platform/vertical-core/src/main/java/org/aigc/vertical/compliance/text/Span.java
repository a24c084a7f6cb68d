package org.aigc.vertical.compliance.text;

/** A half-open range {@code [start, end)} of UTF-16 indices in some text. */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }
}
