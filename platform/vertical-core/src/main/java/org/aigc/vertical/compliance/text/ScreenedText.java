package org.aigc.vertical.compliance.text;

import org.aigc.vertical.compliance.TextNormaliser;

/**
 * The views of one text that rules match on, each mapped to the original: the light normal form with the decoded
 * base64 segments appended (each decoded character maps to its whole encoded segment, so a hit inside it reports and
 * masks the segment), and its canonical form for term lists.
 */
public record ScreenedText(String original, MappedText light, MappedText canonical) {

    /** Decoded text is appended after this separator, so no term can match across it. */
    static final String SEPARATOR = "\n\u0000\n";

    public static ScreenedText of(String text) {
        String original = text == null ? "" : text;
        MappedText light = TextNormaliser.mapped(original);
        for (EncodedSegments.Decoded d : EncodedSegments.find(light.text())) {
            Span encoded = light.toOriginal(d.start(), d.end());
            light = light.appendMapped(SEPARATOR, TextNormaliser.normalise(d.text()), encoded);
        }
        return new ScreenedText(original, light, TextNormaliser.canonical(light));
    }

    /** The original excerpt of a span of one of the views. */
    public String excerpt(Span originalSpan) {
        return original.substring(originalSpan.start(), originalSpan.end());
    }
}
