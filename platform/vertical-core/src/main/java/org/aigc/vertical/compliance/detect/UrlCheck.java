package org.aigc.vertical.compliance.detect;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.regex.Pattern;

/** Web addresses: http(s) URLs and bare {@code www.} hosts; trailing sentence punctuation and
 * adjoining Chinese text (full-width punctuation is half-width after normalisation) are not part of them. */
@ApplicationScoped
public class UrlCheck extends PatternDetector {

    public static final String NAME = "url";
    private static final Pattern URL = Pattern.compile(
            "(?<![\\w@])(?:https?://|www\\.)[^\\s<>\"'`，。！？、）】》\\p{IsHan}]+?"
                    + "(?=[.,;:!?)\\]]*(?:[\\s<>\"'`，。！？、）】》\\p{IsHan}]|$))",
            Pattern.CASE_INSENSITIVE);

    public UrlCheck() {
        super(URL);
    }

    @Override
    public String name() {
        return NAME;
    }
}
