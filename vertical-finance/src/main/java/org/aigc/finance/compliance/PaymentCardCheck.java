package org.aigc.finance.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aigc.vertical.compliance.NamedCheck;
import org.aigc.vertical.compliance.ScreeningContext;

/**
 * FN-07 / FN-10 (cards): Luhn-valid 13-19 digit runs, with spaces or dashes. The excerpt is everything but the last
 * four digits, so the AMEND mask leaves at most the last four visible (PCI DSS 3.4.1 allows BIN + last 4 at most).
 */
@ApplicationScoped
public class PaymentCardCheck implements NamedCheck {

    private static final Pattern CANDIDATE = Pattern.compile("(?<![\\d-])\\d(?:[ -]?\\d){12,18}(?![\\d-])");

    @Override
    public String name() {
        return "fn-payment-card";
    }

    @Override
    public List<String> find(String normalisedText, ScreeningContext context) {
        List<String> found = new ArrayList<>();
        Matcher m = CANDIDATE.matcher(normalisedText);
        while (m.find()) {
            if (AccountNumbers.luhn(m.group().replaceAll("[ -]", ""))) {
                found.add(AccountNumbers.allButLast(m.group(), 4));
            }
        }
        return found;
    }
}
