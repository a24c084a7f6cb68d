package org.aigc.finance.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aigc.vertical.compliance.NamedCheck;
import org.aigc.vertical.compliance.ScreeningContext;

/** FN-10: PRC resident ids (18 characters, MOD 11-2 valid); all but the last four characters are masked. */
@ApplicationScoped
public class PrcResidentIdCheck implements NamedCheck {

    private static final Pattern CANDIDATE = Pattern.compile("(?<![0-9A-Za-z])\\d{17}[\\dXx](?![0-9A-Za-z])");

    @Override
    public String name() {
        return "fn-prc-resident-id";
    }

    @Override
    public List<String> find(String normalisedText, ScreeningContext context) {
        List<String> found = new ArrayList<>();
        Matcher m = CANDIDATE.matcher(normalisedText);
        while (m.find()) {
            if (AccountNumbers.prcResidentId(m.group())) {
                found.add(AccountNumbers.allButLast(m.group(), 4));
            }
        }
        return found;
    }
}
