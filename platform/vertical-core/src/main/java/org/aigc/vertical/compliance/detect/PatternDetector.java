package org.aigc.vertical.compliance.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aigc.vertical.compliance.NamedCheck;
import org.aigc.vertical.compliance.ScreeningContext;

/** A named check that finds candidates with regular expressions and keeps those that pass {@link #valid}. */
public abstract class PatternDetector implements NamedCheck {

    private final List<Pattern> patterns;

    protected PatternDetector(Pattern... patterns) {
        this.patterns = List.of(patterns);
    }

    /** Whether a candidate is real (a checksum, a plausible date); every candidate by default. */
    protected boolean valid(String candidate) {
        return true;
    }

    @Override
    public List<Hit> hits(String text, ScreeningContext context) {
        List<Hit> hits = new ArrayList<>();
        for (Pattern pattern : patterns) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                int start = m.start(), end = m.end();
                boolean overlaps = hits.stream().anyMatch(h -> h.span().start() < end && start < h.span().end());
                if (end > start && !overlaps && valid(m.group())) {
                    hits.add(Hit.at(text, start, end));
                }
            }
        }
        return hits;
    }

    @Override
    public List<String> find(String normalisedText, ScreeningContext context) {
        return hits(normalisedText, context).stream().map(Hit::excerpt).toList();
    }

    /** The digits of a candidate, separators dropped. */
    protected static String digits(String candidate) {
        return candidate.replaceAll("[^0-9]", "");
    }
}
