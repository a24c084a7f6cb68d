package org.aigc.vertical.compliance;

/** How a rule finds matches. */
public enum RuleKind {
    /** A case-insensitive term list; phrases on the allow-list that contain a term are exempt. */
    TERMS,
    /** A regular expression (case-insensitive); allow-list phrases are exempt. */
    REGEX,
    /** A {@link NamedCheck} in code, named by the rule's pattern. */
    CHECK,
    /** Fires on every text of its stage: required disclaimers and notices. */
    ALWAYS
}
