package org.aigc.health.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.aigc.vertical.compliance.NamedCheck;
import org.aigc.vertical.compliance.ScreeningContext;
import org.aigc.vertical.compliance.TextMatcher;
import org.aigc.vertical.compliance.TextNormaliser;

/**
 * HC-12: when the request mentions emergency symptoms or self-harm, the output carries the fixed escalation message
 * (the rule APPENDs it). Looks at the request's input, not the output, so the model cannot talk it away.
 */
@ApplicationScoped
public class EmergencyMentionCheck implements NamedCheck {

    static final List<String> TERMS = List.of("chest pain", "can't breathe", "cannot breathe", "difficulty breathing",
            "shortness of breath", "suicidal", "suicide", "kill myself", "self-harm", "overdose", "stroke",
            "severe bleeding", "unconscious", "胸痛", "呼吸困难", "喘不上气", "自杀", "轻生", "自残", "过量服药", "中风", "昏迷",
            "大出血");
    /** Preventive wording about the same words is not an emergency. */
    static final List<String> ALLOWED = List.of("stroke prevention", "preventing a stroke", "suicide prevention");

    @Override
    public String name() {
        return "emergency-mention";
    }

    @Override
    public List<String> find(String normalisedText, ScreeningContext context) {
        String input = context.input() == null ? "" : TextNormaliser.normalise(context.input().toString());
        return TextMatcher.terms(input, TERMS, ALLOWED).isEmpty() ? List.of() : List.of("");
    }
}
