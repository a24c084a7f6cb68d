package org.aigc.vertical.compliance.detect;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.regex.Pattern;

/**
 * Phone numbers: international (+country, 8-15 digits in all), PRC mobile (1[3-9] + 9 digits, optionally +86) and
 * North American ((NXX) NXX-XXXX or NXX-NXX-XXXX). Separators are required for the North American form so that
 * plain numbers, dates and prices do not match.
 */
@ApplicationScoped
public class PhoneCheck extends PatternDetector {

    public static final String NAME = "phone";
    private static final Pattern INTERNATIONAL = Pattern.compile(
            "(?<![\\w+])\\+\\d{1,3}(?:[ .-]?\\(?\\d{1,4}\\)?){2,5}(?![\\d])");
    private static final Pattern PRC_MOBILE = Pattern.compile(
            "(?<![\\d+])(?:86[ -]?)?1[3-9]\\d[ -]?\\d{4}[ -]?\\d{4}(?![\\d])");
    private static final Pattern NORTH_AMERICAN = Pattern.compile(
            "(?<![\\d-])(?:\\([2-9]\\d{2}\\)\\s?|[2-9]\\d{2}[-. ])[2-9]\\d{2}[-. ]\\d{4}(?![\\d-])");

    public PhoneCheck() {
        super(INTERNATIONAL, PRC_MOBILE, NORTH_AMERICAN);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    protected boolean valid(String candidate) {
        int digits = digits(candidate).length();
        return digits >= 8 && digits <= 15;
    }
}
