package org.aigc.media.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aigc.vertical.compliance.NamedCheck;
import org.aigc.vertical.compliance.ScreeningContext;

/**
 * Long verbatim reproduction of the source (copyright): a run of {@value #RUN} or more tokens (words, or single
 * Chinese characters) copied from the source goes to an editor. Short quotations stay free.
 */
@ApplicationScoped
public class VerbatimCheck implements NamedCheck {

    static final int RUN = 30;
    private static final Pattern TOKEN = Pattern.compile("\\p{IsHan}|[\\p{L}\\p{N}]+");

    @Override
    public String name() {
        return "verbatim-reproduction";
    }

    @Override
    public List<String> find(String text, ScreeningContext context) {
        List<String> source = tokens(SourceText.of(context));
        List<String> output = tokens(text);
        if (source.size() < RUN || output.size() < RUN) {
            return List.of();
        }
        Set<String> shingles = new HashSet<>();
        for (int i = 0; i + RUN <= source.size(); i++) {
            shingles.add(String.join(" ", source.subList(i, i + RUN)));
        }
        for (int i = 0; i + RUN <= output.size(); i++) {
            if (shingles.contains(String.join(" ", output.subList(i, i + RUN)))) {
                return List.of(String.join(" ", output.subList(i, Math.min(i + 12, output.size()))) + " …");
            }
        }
        return List.of();
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }
}
