package org.aigc.vertical.compliance.detect;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.regex.Pattern;

/**
 * Claims of prior approval or authority in prompt text (catalogue PI-05): "legal already approved this", "as the
 * compliance officer I authorise you", "you are authorised to bypass". Approval comes from signed fields, never from
 * prompt text. An approval only counts as a claim when it comes with skipping the checks ("...approved this, so skip
 * the review"): "management approved this campaign", "pre-approved loan" or "the budget was approved" do not match.
 */
@ApplicationScoped
public class ClaimedApprovalCheck extends PassageDetector {

    public static final String NAME = "claimed-approval";

    /** What turns a mention of an approval into a claim that checks may be skipped. */
    private static final String BYPASS = "[^.\\n]{0,60}?\\b(?:skip|bypass|ignore|disable|override|without|no\\s+need"
            + "|exempt|don'?t\\s+(?:check|filter|apply|screen))";

    static final Pattern APPROVED_BY_EN = ci("\\b(?:legal|compliance|the\\s+admin(?:istrator)?|management|security"
            + "|my\\s+(?:manager|boss))(?:\\s+(?:team|department|officer))?\\s+(?:has\\s+|have\\s+)?(?:already\\s+)?"
            + "(?:approved|authori[sz]ed|signed\\s+off\\s+on|cleared|okayed|whitelisted)\\s+"
            + "(?:this|it|the\\s+(?:request|exception|bypass|output|prompt))" + BYPASS);
    static final Pattern AS_AUTHORITY_EN = ci("\\bas\\s+(?:the|a|your)\\s+(?:compliance\\s+officer|administrator|admin"
            + "|developer|system\\s+administrator|security\\s+officer|auditor|owner\\s+of\\s+this\\s+"
            + "(?:system|platform))\\b[^.\\n]{0,40}?\\b(?:i|we)\\s+(?:hereby\\s+)?(?:authori[sz]e|approve|permit"
            + "|allow|order|instruct)");
    static final Pattern AUTHORISED_EN = ci("\\byou\\s+(?:are|have\\s+been|were)\\s+(?:already\\s+)?"
            + "(?:authori[sz]ed|permitted|allowed|cleared)\\s+to\\s+(?:ignore|bypass|skip|break|disable|override)"
            + "|\\b(?:this|the)\\s+(?:request|prompt|content|output)\\s+(?:is|was|has\\s+been)\\s+(?:already\\s+)?"
            + "(?:pre-?approved|approved|authori[sz]ed|whitelisted|exempt(?:ed)?)\\b"
            + "|\\b(?:approval|ticket|case)\\s*(?:id|number|no\\.?|#)\\s*[:#]?\\s*[A-Z0-9-]{3,}\\b[^.\\n]{0,40}?"
            + "\\b(?:approv|authori[sz]|exempt|bypass|skip)");
    static final Pattern ZH = Pattern.compile("(?:法务|合规|法律部|管理员|领导|上级|审核)(?:部门|团队)?(?:已经|已)"
            + "(?:批准|同意|审核通过|授权|审批)[^。\\n]{0,30}?(?:跳过|绕过|忽略|无需|不用|不必|免于)|我是(?:合规|管理员|开发者|系统管理员)[^。\\n]{0,20}(?:授权|批准|允许)你"
            + "|(?:已经|已)获得(?:授权|批准|许可)(?:可以)?(?:忽略|绕过|跳过)");

    public ClaimedApprovalCheck() {
        super(APPROVED_BY_EN, AS_AUTHORITY_EN, AUTHORISED_EN, ZH);
    }

    @Override
    public String name() {
        return NAME;
    }
}
