package org.aigc.vertical.compliance.detect;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.regex.Pattern;

/**
 * Prompt-injection heuristics in English and Chinese (OWASP LLM01/LLM07; catalogue PI-01): instructions to ignore the
 * rules, role-play as the system or an unrestricted model, and requests to reveal the system prompt. "Forget the
 * rules of the game" alone does not match: overriding needs a word that points at the model's own instructions; a bare
 * "System:" line (product specs) or the word "jailbreak" (news) is not enough either.
 */
@ApplicationScoped
public class PromptInjectionCheck extends PassageDetector {

    public static final String NAME = "prompt-injection";

    private static final String TARGET = "(?:instructions?|rules?|guidelines?|prompts?|directions?|polic(?:y|ies)"
            + "|restrictions?|guardrails?|programming|directives?|constraints?)";
    static final Pattern OVERRIDE_EN = ci("\\b(?:ignore|disregard|forget|bypass|override|skip)\\s+"
            + "(?:(?:all|any|of|the|my|these|those)\\s+){0,3}"
            + "(?:previous|prior|above|earlier|preceding|system|safety|original|initial|your|all|every)\\s+"
            + "(?:\\w+\\s+)?" + TARGET + "\\b");
    static final Pattern ROLE_PLAY_EN = ci("\\byou\\s+are\\s+now\\s+(?:DAN|in\\s+developer\\s+mode"
            + "|an?\\s+(?:unrestricted|unfiltered|uncensored|jailbroken)\\b)"
            + "|\\bDAN\\s+mode\\b|\\bdeveloper\\s+mode\\b"
            + "|\\b(?:act|pretend|behave|role-?play)\\s+(?:as|to\\s+be|like)\\s+(?:the\\s+|a\\s+|an\\s+)?"
            + "(?:system|administrator|admin|root|unrestricted|unfiltered)\\b"
            + "|^\\s*(?:\\[system]|<\\|?system\\|?>|#{2,}\\s*system\\b|system\\s+(?:prompt|message)\\s*:)"
            + "|\\bnew\\s+system\\s+(?:prompt|instructions?)\\b");
    static final Pattern REVEAL_EN = ci("\\b(?:reveal|show|print|display|output|repeat|recite|tell\\s+me|give\\s+me"
            + "|leak|dump|share|what\\s+(?:is|are|was|were))\\b[^.!?\\n]{0,30}?\\b(?:your|the)\\s+(?:system\\s+prompt"
            + "|(?:initial|hidden|secret|original|previous)\\s+(?:prompt|instructions)|instructions\\s+above"
            + "|prompt\\s+above)");
    static final Pattern OVERRIDE_ZH = Pattern.compile("(?:忽略|无视|忽视)(?:掉)?(?:你的|之前|以上|上面|前面|先前|此前|所有|全部|一切|的|上述){0,4}"
            + "(?:指令|指示|规则|提示词?|设定|限制|要求|约束)"
            + "|(?:忘记|忘掉|跳过|不要理会|绕过)(?:掉)?(?:你的|之前|以上|上面|前面|先前|此前|所有|全部|一切|的|上述){1,4}"
            + "(?:指令|指示|规则|提示词?|设定|限制|要求|约束)");
    static final Pattern ROLE_PLAY_ZH = Pattern.compile("你现在是(?:一个)?(?:不受限制|没有限制|无限制|不受约束|越狱|没有任何限制)"
            + "|进入(?:开发者|开发人员|调试|越狱|上帝)模式|(?:扮演|假装|充当)(?:你是)?(?:系统管理员|系统|管理员|开发者)");
    static final Pattern REVEAL_ZH = Pattern.compile("(?:输出|显示|告诉我|打印|泄露|重复|说出|展示|给我看|透露)(?:一下)?(?:你的|你)?"
            + "(?:系统提示词?|系统指令|初始指令|隐藏指令|系统设定|提示词)");

    public PromptInjectionCheck() {
        super(OVERRIDE_EN, ROLE_PLAY_EN, REVEAL_EN, OVERRIDE_ZH, ROLE_PLAY_ZH, REVEAL_ZH);
    }

    @Override
    public String name() {
        return NAME;
    }
}
