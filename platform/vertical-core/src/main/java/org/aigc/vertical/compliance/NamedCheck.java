package org.aigc.vertical.compliance;

import java.util.List;

/**
 * A check that a pattern cannot express (price history, risk level, age rating), written in code as a CDI bean and
 * switched on by a rule of kind CHECK whose pattern is {@link #name()}. The rule row supplies action, message and
 * source, so the check only finds.
 */
public interface NamedCheck {

    String name();

    /** The offending excerpts of the (already normalised) text; empty when the text passes. */
    List<String> find(String normalisedText, ScreeningContext context);
}
