package org.aigc.finance.compliance;

import java.util.List;
import org.aigc.finance.domain.FinancialProduct;
import org.aigc.vertical.compliance.NamedCheck;
import org.aigc.vertical.compliance.ScreeningContext;

/**
 * FN-03: which risk disclosure the output needs, by the language the output is actually written in (not the
 * requested locale) and, for Chinese, by product type: bank wealth-management products carry the 理财 wording.
 * Each subclass fires (one empty excerpt) for one wording; the rule APPENDs it.
 */
abstract class RiskDisclosureCheck implements NamedCheck {

    enum Wording { ENGLISH, CHINESE, CHINESE_WMP }

    private final Wording wording;

    RiskDisclosureCheck(Wording wording) {
        this.wording = wording;
    }

    @Override
    public List<String> find(String normalisedText, ScreeningContext context) {
        return needed(normalisedText, context) == wording ? List.of("") : List.of();
    }

    static Wording needed(String text, ScreeningContext context) {
        if (!chinese(prose(text))) {
            return Wording.ENGLISH;
        }
        String code = context.input() == null ? "" : context.input().path("productCode").asText("");
        boolean wmp = FinancialProduct.byCode(context.tenantId(), code).map(p -> "bank-wmp".equals(p.type))
                .orElse(false);
        return wmp ? Wording.CHINESE_WMP : Wording.CHINESE;
    }

    /**
     * The words of the text: for a JSON answer (news-sentiment) its string values, since its English keys would
     * otherwise make every Chinese answer look English.
     */
    static String prose(String text) {
        if (!text.stripLeading().startsWith("{")) {
            return text;
        }
        try {
            StringBuilder out = new StringBuilder();
            collect(org.aigc.contracts.Json.MAPPER.readTree(text), out);
            return out.toString();
        } catch (java.io.IOException | RuntimeException e) {
            return text;
        }
    }

    private static void collect(com.fasterxml.jackson.databind.JsonNode node, StringBuilder out) {
        if (node.isTextual()) {
            out.append(node.asText()).append('\n');
        } else {
            node.forEach(child -> collect(child, out));
        }
    }

    /** Chinese when Han characters outnumber Latin letters. */
    static boolean chinese(String text) {
        long han = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        long latin = text.codePoints().filter(c -> c < 128 && Character.isLetter(c)).count();
        return han > 0 && han * 2 >= latin;
    }
}
