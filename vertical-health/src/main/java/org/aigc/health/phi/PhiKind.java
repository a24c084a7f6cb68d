package org.aigc.health.phi;

/**
 * The HIPAA Safe Harbor identifiers that text can carry (45 CFR 164.514(b)(2)(i) A-R; P biometrics and Q full-face
 * images cannot be carried by plain text), with the rule id and the token that replaces them before a model call.
 */
public enum PhiKind {
    NAME("HC-01-A", "[NAME]"),
    ADDRESS("HC-01-B", "[ADDRESS]"),
    ZIP("HC-01-B-ZIP", "[ZIP]"),
    DATE("HC-01-C", "[DATE]"),
    AGE("HC-01-C-AGE", "[90 or older]"),
    PHONE("HC-01-D", "[PHONE]"),
    FAX("HC-01-E", "[FAX]"),
    EMAIL("HC-01-F", "[EMAIL]"),
    SSN("HC-01-G", "[SSN]"),
    MRN("HC-01-H", "[MRN]"),
    HEALTH_PLAN("HC-01-I", "[HEALTH-PLAN-ID]"),
    ACCOUNT("HC-01-J", "[ACCOUNT]"),
    LICENCE("HC-01-K", "[LICENCE]"),
    VEHICLE("HC-01-L", "[VEHICLE-ID]"),
    DEVICE("HC-01-M", "[DEVICE-ID]"),
    URL("HC-01-N", "[URL]"),
    IP("HC-01-O", "[IP]"),
    OTHER_ID("HC-01-R", "[ID]");

    private final String ruleId;
    private final String token;

    PhiKind(String ruleId, String token) {
        this.ruleId = ruleId;
        this.token = token;
    }

    public String ruleId() {
        return ruleId;
    }

    public String token() {
        return token;
    }

    /** The named-check name of this kind ({@code phi-name}, {@code phi-health-plan}, ...). */
    public String checkName() {
        return "phi-" + name().toLowerCase().replace('_', '-');
    }
}
