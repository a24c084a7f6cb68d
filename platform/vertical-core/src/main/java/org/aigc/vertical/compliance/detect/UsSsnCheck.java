package org.aigc.vertical.compliance.detect;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.regex.Pattern;

/**
 * US Social Security numbers written as AAA-GG-SSSS (dashes or spaces, the same both times). The SSA never issues
 * area 000, 666 or 900-999, group 00 or serial 0000; nine digits without separators are too often other numbers.
 */
@ApplicationScoped
public class UsSsnCheck extends PatternDetector {

    public static final String NAME = "us-ssn";
    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![\\d-])(?!000|666|9\\d\\d)\\d{3}([- ])(?!00)\\d{2}\\1(?!0000)\\d{4}(?![\\d-])");

    public UsSsnCheck() {
        super(CANDIDATE);
    }

    @Override
    public String name() {
        return NAME;
    }
}
