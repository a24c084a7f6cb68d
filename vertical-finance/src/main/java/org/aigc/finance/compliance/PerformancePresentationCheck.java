package org.aigc.finance.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aigc.vertical.compliance.NamedCheck;
import org.aigc.vertical.compliance.ScreeningContext;

/**
 * FN-04: gross performance only next to net performance; hypothetical or back-tested performance only for a
 * qualified audience (input {@code audience = qualified}) with the hypothetical-performance disclosure in the text.
 */
@ApplicationScoped
public class PerformancePresentationCheck implements NamedCheck {

    private static final Pattern GROSS = Pattern.compile("\\bgross (?:of fees )?(?:return|performance)s?\\b|毛收益|费前收益",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NET = Pattern.compile("\\bnet (?:of fees )?(?:return|performance)s?\\b|净收益|费后收益",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HYPOTHETICAL = Pattern.compile("\\b(?:hypothetical|back-?tested|simulated) "
            + "(?:return|performance|results?)s?\\b|模拟业绩|回测(?:收益|业绩)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HYPOTHETICAL_DISCLOSURE = Pattern.compile("hypothetical performance (?:is|has) "
            + "(?:inherent )?limitations|模拟业绩不代表", Pattern.CASE_INSENSITIVE);

    @Override
    public String name() {
        return "performance-presentation";
    }

    @Override
    public List<String> find(String normalisedText, ScreeningContext context) {
        List<String> found = new ArrayList<>();
        Matcher gross = GROSS.matcher(normalisedText);
        if (gross.find() && !NET.matcher(normalisedText).find()) {
            found.add(gross.group());
        }
        Matcher hypothetical = HYPOTHETICAL.matcher(normalisedText);
        boolean qualified = context.input() != null && "qualified".equals(context.input().path("audience").asText());
        if (hypothetical.find() && !(qualified && HYPOTHETICAL_DISCLOSURE.matcher(normalisedText).find())) {
            found.add(hypothetical.group());
        }
        return found;
    }
}
