package org.aigc.gateway.rest;

import org.aigc.contracts.Verticals;
import org.aigc.gateway.domain.ApiException;
import org.aigc.gateway.domain.ProblemType;

/** The {vertical} path segment must name one of the six industries. */
final class VerticalPaths {

    private VerticalPaths() {
    }

    static String require(String vertical) {
        if (!Verticals.isKnown(vertical)) {
            throw new ApiException(ProblemType.UNKNOWN_VERTICAL, "no vertical '" + abbreviate(vertical)
                    + "'; known: " + String.join(", ", Verticals.ALL));
        }
        return vertical;
    }

    private static String abbreviate(String text) {
        return text.length() > 32 ? text.substring(0, 32) + "..." : text;
    }
}
