package org.aigc.vertical.compliance;

import java.util.ArrayList;
import java.util.List;
import org.aigc.vertical.compliance.text.Span;

/**
 * A check that a pattern cannot express (price history, risk level, age rating), written in code as a CDI bean and
 * switched on by a rule of kind CHECK whose pattern is {@link #name()}. The rule row supplies action, message and
 * source, so the check only finds.
 */
public interface NamedCheck {

    String name();

    /** The offending excerpts of the (already normalised) text; empty when the text passes. */
    List<String> find(String normalisedText, ScreeningContext context);

    /**
     * Where the offending parts are in the normalised text, so findings and masks can point at the original text.
     * The default locates every excerpt of {@link #find}; detectors that know their positions override it. An excerpt
     * that does not occur in the text (a check may describe rather than quote) is kept without a span.
     */
    default List<Hit> hits(String normalisedText, ScreeningContext context) {
        List<Hit> hits = new ArrayList<>();
        for (String excerpt : find(normalisedText, context).stream().distinct().toList()) {
            int at = excerpt.isEmpty() ? -1 : normalisedText.indexOf(excerpt);
            if (at < 0) {
                hits.add(new Hit(null, excerpt));
            }
            for (; at >= 0; at = normalisedText.indexOf(excerpt, at + 1)) {
                hits.add(new Hit(new Span(at, at + excerpt.length()), excerpt));
            }
        }
        return hits;
    }

    /**
     * One finding of a check.
     *
     * @param span    position in the normalised text, or null when the excerpt is not a quote of it
     * @param excerpt the normalised excerpt
     */
    record Hit(Span span, String excerpt) {

        public static Hit at(String text, int start, int end) {
            return new Hit(new Span(start, end), text.substring(start, end));
        }
    }
}
