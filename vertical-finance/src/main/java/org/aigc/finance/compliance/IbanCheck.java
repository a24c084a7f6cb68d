package org.aigc.finance.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aigc.vertical.compliance.NamedCheck;
import org.aigc.vertical.compliance.ScreeningContext;

/**
 * FN-09: IBANs (country length and MOD 97-10 valid), written compact or in groups of four. The excerpt is all but the
 * last four characters. The public ISO example IBAN is an educational example and stays (catalogue exception).
 */
@ApplicationScoped
public class IbanCheck implements NamedCheck {

    private static final Pattern CANDIDATE = Pattern.compile("\\b[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{1,4}){3,8}\\b");

    @Override
    public String name() {
        return "fn-iban";
    }

    @Override
    public List<String> find(String normalisedText, ScreeningContext context) {
        List<String> found = new ArrayList<>();
        Matcher m = CANDIDATE.matcher(normalisedText);
        while (m.find()) {
            String compact = m.group().replace(" ", "").toUpperCase(Locale.ROOT);
            if (AccountNumbers.iban(compact) && !AccountNumbers.EXAMPLE_IBAN.equals(compact)) {
                found.add(AccountNumbers.allButLast(m.group(), 4));
            }
        }
        return found;
    }
}
