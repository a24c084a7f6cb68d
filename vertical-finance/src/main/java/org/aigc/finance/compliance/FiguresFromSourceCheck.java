package org.aigc.finance.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aigc.finance.domain.ResearchDocument;
import org.aigc.vertical.compliance.NamedCheck;
import org.aigc.vertical.compliance.ScreeningContext;

/**
 * An earnings summary quotes figures from its source only: every number of the output (except small counts such as
 * "Q3" or "2 segments") must occur in the stored document or the request's text. A figure the model computed or
 * invented is an unsubstantiated material fact.
 */
@ApplicationScoped
public class FiguresFromSourceCheck implements NamedCheck {

    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.])\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");

    @Override
    public String name() {
        return "figures-from-source";
    }

    @Override
    public List<String> find(String normalisedText, ScreeningContext context) {
        if (context.input() == null) {
            return List.of();
        }
        String source = context.input().path("text").asText("");
        if (context.input().hasNonNull("documentId")) {
            source += "\n" + ResearchDocument.byId(context.tenantId(), context.input().path("documentId").asLong())
                    .map(d -> d.text).orElse("");
        }
        Set<String> known = new HashSet<>(numbers(source));
        List<String> invented = new ArrayList<>();
        Matcher m = NUMBER.matcher(normalisedText);
        while (m.find()) {
            String value = canonical(m.group());
            if (!known.contains(value) && !small(value)) {
                invented.add(m.group());
            }
        }
        return invented;
    }

    static List<String> numbers(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            out.add(canonical(m.group()));
        }
        return out;
    }

    /** "1,234.50" and "1234.5" are the same figure. */
    static String canonical(String number) {
        String plain = number.replace(",", "");
        return plain.contains(".") ? plain.replaceAll("0+$", "").replaceAll("\\.$", "") : plain;
    }

    private static boolean small(String value) {
        return !value.contains(".") && value.length() <= 1;
    }
}
