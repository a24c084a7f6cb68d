package org.aigc.vertical.compliance;

/** What a rule does when it fires. When several fire, the strongest wins: BLOCK > REVIEW > AMEND/APPEND > FLAG. */
public enum Action {
    /** Refuse: the generation ends BLOCKED with the findings. */
    BLOCK(4),
    /** Hold for a human: the generation ends NEEDS_REVIEW. */
    REVIEW(3),
    /** Rewrite or mask the matched text with the rule's replacement. */
    AMEND(2),
    /** Append the rule's text (a disclaimer, a risk warning) unless it is already there. */
    APPEND(2),
    /** Record the finding only. */
    FLAG(1);

    private final int strength;

    Action(int strength) {
        this.strength = strength;
    }

    public boolean strongerThan(Action other) {
        return other == null || strength > other.strength;
    }
}
