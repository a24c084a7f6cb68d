package org.aigc.vertical.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.aigc.contracts.Finding;
import org.junit.jupiter.api.Test;

class RuleEvaluatorTest {

    private static final ScreeningContext ZH = new ScreeningContext("ad-copy", "t1", "zh-CN", null);
    private static final ScreeningContext EN = new ScreeningContext("ad-copy", "t1", null, null);

    private final RuleEvaluator evaluator = new RuleEvaluator(Map.of("long-text", new LongTextCheck()));

    @Test
    void blocksAbsoluteTermsButNotTheirAllowListedUses() {
        Rule rule = terms("AD-01", Action.BLOCK, List.of("最佳", "best in the world"), List.of("最佳饮用时间"));

        assertThat(evaluator.evaluate(List.of(rule), "本品最佳饮用时间为冷藏后", ZH).findings()).isEmpty();
        Screening hit = evaluator.evaluate(List.of(rule), "全国最佳的茶", ZH);
        assertThat(hit.blocked()).isTrue();
        assertThat(hit.findings()).extracting(Finding::ruleId, Finding::excerpt).containsExactly(
                org.assertj.core.groups.Tuple.tuple("AD-01", "最佳"));
    }

    @Test
    void matchesAfterNormalisingEvasions() {
        Rule rule = terms("AD-01", Action.BLOCK, List.of("最佳", "no.1"), List.of());

        assertThat(evaluator.evaluate(List.of(rule), "最\u200B佳", ZH).blocked()).isTrue();
        assertThat(evaluator.evaluate(List.of(rule), "最 佳", ZH).blocked()).isTrue();
        assertThat(evaluator.evaluate(List.of(rule), "ＮＯ．１ brand", ZH).blocked()).isTrue();
    }

    @Test
    void englishTermsMatchWholeWordsCaseInsensitively() {
        Rule rule = terms("AD-01", Action.BLOCK, List.of("best"), List.of());

        assertThat(evaluator.evaluate(List.of(rule), "The BEST tea", EN).blocked()).isTrue();
        assertThat(evaluator.evaluate(List.of(rule), "our bestseller", EN).findings()).isEmpty();
    }

    @Test
    void strongestActionWins() {
        List<Rule> rules = List.of(
                terms("X-FLAG", Action.FLAG, List.of("tea"), List.of()),
                terms("X-AMEND", Action.AMEND, List.of("cheap"), List.of()),
                terms("X-REVIEW", Action.REVIEW, List.of("cure"), List.of()),
                terms("X-BLOCK", Action.BLOCK, List.of("casino"), List.of()));

        assertThat(evaluator.evaluate(rules, "cheap tea", EN).strongest()).contains(Action.AMEND);
        assertThat(evaluator.evaluate(rules, "cheap tea cure", EN).strongest()).contains(Action.REVIEW);
        assertThat(evaluator.evaluate(rules, "cheap tea cure casino", EN).strongest()).contains(Action.BLOCK);
        assertThat(evaluator.evaluate(rules, "tea", EN).strongest()).contains(Action.FLAG);
        assertThat(evaluator.evaluate(rules, "coffee", EN).strongest()).isEmpty();
    }

    @Test
    void amendMasksMatchesAndAppendAddsTheTextOnce() {
        Rule mask = new Rule("FN-03", Stage.OUTPUT, RuleKind.REGEX, "\\b\\d{4}-\\d{4}-\\d{4}-\\d{4}\\b", null, null,
                Action.AMEND, "[card]", "card number", "PCI", null, null, true);
        Rule disclaimer = new Rule("FN-05", Stage.OUTPUT, RuleKind.ALWAYS, null, null, null, Action.APPEND,
                "Investing involves risk.", "risk disclosure", "FINRA 2210", "en", null, false);

        Screening screening = evaluator.evaluate(List.of(mask, disclaimer), "Card 4111-1111-1111-1111 ok", EN);

        assertThat(screening.amend("Card 4111-1111-1111-1111 ok")).isEqualTo("Card [card] ok\n\nInvesting involves risk.");
        assertThat(screening.amend("x Investing involves risk.")).isEqualTo("x Investing involves risk.");
        assertThat(screening.findings()).extracting(Finding::excerpt).contains("*****************11");
    }

    @Test
    void rulesApplyOnlyToTheirLocaleAndTasks() {
        Rule zhOnly = new Rule("R1", Stage.OUTPUT, RuleKind.TERMS, null, List.of("tea"), null, Action.FLAG, null,
                "m", "s", "zh", null, false);
        Rule otherTask = new Rule("R2", Stage.OUTPUT, RuleKind.TERMS, null, List.of("tea"), null, Action.FLAG, null,
                "m", "s", null, List.of("slogan"), false);

        assertThat(evaluator.evaluate(List.of(zhOnly, otherTask), "tea", EN).findings()).isEmpty();
        assertThat(evaluator.evaluate(List.of(zhOnly, otherTask), "tea", ZH).findings()).extracting(Finding::ruleId)
                .containsExactly("R1");
    }

    @Test
    void namedChecksRunByNameAndAMissingCheckFailsClosed() {
        Rule check = new Rule("GM-99", Stage.OUTPUT, RuleKind.CHECK, "long-text", null, null, Action.REVIEW, null,
                "too long", "policy", null, null, false);
        Rule missing = new Rule("GM-98", Stage.OUTPUT, RuleKind.CHECK, "no-such-check", null, null, Action.FLAG,
                null, "m", "s", null, null, false);

        assertThat(evaluator.evaluate(List.of(check), "x".repeat(20), EN).strongest()).contains(Action.REVIEW);
        assertThat(evaluator.evaluate(List.of(check), "short", EN).findings()).isEmpty();
        assertThat(evaluator.evaluate(List.of(missing), "short", EN).blocked()).isTrue();
    }

    private static Rule terms(String id, Action action, List<String> terms, List<String> allow) {
        return new Rule(id, Stage.OUTPUT, RuleKind.TERMS, null, terms, allow, action, null, id + " message",
                "test source", null, null, false);
    }

    private static final class LongTextCheck implements NamedCheck {
        @Override
        public String name() {
            return "long-text";
        }

        @Override
        public List<String> find(String normalisedText, ScreeningContext context) {
            return normalisedText.length() > 10 ? List.of(normalisedText.substring(0, 10)) : List.of();
        }
    }
}
