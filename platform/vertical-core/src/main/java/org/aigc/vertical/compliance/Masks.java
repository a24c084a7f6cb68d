package org.aigc.vertical.compliance;

/**
 * Builds the mask of an AMEND match. With {@code keepLast} the mask keeps that many trailing letters/digits (capped at
 * 4 and at half of them, so a mask never reveals most of a value: PCI DSS lets at most the last four card digits be
 * shown) and, without a replacement text, keeps separators so "4111 1111 1111 1111" reads "**** **** **** 1111".
 */
final class Masks {

    static final String DEFAULT_MASK = "***";
    static final int MAX_KEPT = 4;

    private Masks() {
    }

    static String mask(String excerpt, String replacement, Integer keepLast) {
        if (keepLast == null || keepLast <= 0) {
            return replacement == null ? DEFAULT_MASK : replacement.replace("{kept}", "");
        }
        long alnum = excerpt.chars().filter(Character::isLetterOrDigit).count();
        int keep = (int) Math.min(Math.min(keepLast, MAX_KEPT), alnum / 2);
        StringBuilder masked = new StringBuilder(excerpt.length());
        StringBuilder kept = new StringBuilder();
        int toKeep = keep;
        for (int i = excerpt.length() - 1; i >= 0; i--) {
            char c = excerpt.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (toKeep > 0) {
                    masked.append(c);
                    kept.append(c);
                    toKeep--;
                } else {
                    masked.append('*');
                }
            } else {
                masked.append(c);
            }
        }
        if (replacement == null) {
            return masked.reverse().toString();
        }
        String last = kept.reverse().toString();
        return replacement.contains("{kept}") ? replacement.replace("{kept}", last) : replacement + last;
    }
}
