package org.aigc.vertical.compliance.detect;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.regex.Pattern;

/**
 * Payment card numbers (PCI DSS): 13-19 digits, optionally grouped by spaces or dashes, with a known issuer prefix
 * (Visa, Mastercard, Amex, Discover, UnionPay, JCB, Diners) and a valid Luhn check digit. The prefix check keeps
 * ISBNs, order numbers and the like, a tenth of which pass Luhn by chance, out.
 */
@ApplicationScoped
public class PaymentCardCheck extends PatternDetector {

    public static final String NAME = "payment-card";
    private static final Pattern CANDIDATE = Pattern.compile("(?<![\\d-])\\d(?:[ -]?\\d){12,18}(?![\\d-])");
    private static final Pattern ISSUER = Pattern.compile(
            "4\\d{12}(?:\\d{3}|\\d{6})?|(?:5[1-5]\\d{2}|222[1-9]|22[3-9]\\d|2[3-6]\\d{2}|27[01]\\d|2720)\\d{12}"
                    + "|3[47]\\d{13}|(?:6011|65\\d{2}|64[4-9]\\d)\\d{12,15}|62\\d{14,17}|35(?:2[89]|[3-8]\\d)\\d{12,15}"
                    + "|3(?:0[0-5]|[68]\\d)\\d{11}");

    public PaymentCardCheck() {
        super(CANDIDATE);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    protected boolean valid(String candidate) {
        String digits = digits(candidate);
        return ISSUER.matcher(digits).matches() && Checksums.luhn(digits);
    }
}
