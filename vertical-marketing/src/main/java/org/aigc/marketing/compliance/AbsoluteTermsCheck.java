package org.aigc.marketing.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.aigc.marketing.domain.Brand;
import org.aigc.vertical.compliance.NamedCheck;
import org.aigc.vertical.compliance.ScreeningContext;
import org.aigc.vertical.compliance.TextMatcher;
import org.aigc.vertical.domain.ComplianceRule;

/**
 * AD-01 with the published exceptions of SAMR's 2023 guideline that need the tenant's data or sentence context: the
 * term list and the static allow-list (usage tips, service attitude) are the AD-01 row's data; the brand's registered
 * trademarks join the allow-list (exception 4); a sentence comparing the brand with its own earlier product is exempt
 * (exception 1). Applies to copy for the PRC market: skipped only when the brand's markets exclude CN and the copy
 * is not Chinese.
 */
@ApplicationScoped
public class AbsoluteTermsCheck implements NamedCheck {

    static final String RULE = "AD-01";
    static final Pattern SENTENCES = Pattern.compile("[。！？!?\\n；;]|\\.\\s");
    static final List<String> SELF_COMPARISON = List.of("比上一代", "较上一代", "相比上一代", "比前代", "较前代",
            "比旧款", "比老款", "than our previous", "than the previous", "than its predecessor", "than our last");

    @Override
    public String name() {
        return "absolute-terms";
    }

    @Override
    public List<String> find(String normalisedText, ScreeningContext context) {
        CampaignLookup lookup = CampaignLookup.of(context.tenantId(), context.input());
        List<String> markets = lookup.markets();
        if (!markets.isEmpty() && !markets.contains("CN") && !markets.contains("GLOBAL")
                && !CampaignLookup.chinese(context.locale())) {
            return List.of();
        }
        ComplianceRule row = ComplianceRule.findById(RULE);
        List<String> terms = Brand.list(row.terms);
        List<String> allowed = new ArrayList<>(Brand.list(row.allowList));
        lookup.brand().ifPresent(b -> allowed.addAll(b.trademarkList()));
        List<String> found = new ArrayList<>();
        for (String sentence : SENTENCES.split(normalisedText)) {
            if (TextMatcher.terms(sentence, SELF_COMPARISON, List.of()).isEmpty()) {
                found.addAll(TextMatcher.terms(sentence, terms, allowed));
            }
        }
        return found;
    }
}
