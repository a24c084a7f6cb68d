package org.aigc.vertical.compliance.detect;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.regex.Pattern;

/**
 * International bank account numbers, written whole or in groups of four (the print format): a known country's length
 * and a valid mod-97 check (ISO 13616).
 */
@ApplicationScoped
public class IbanCheck extends PatternDetector {

    public static final String NAME = "iban";
    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![A-Za-z0-9])[A-Za-z]{2}\\d{2}(?: ?[A-Za-z0-9]{4}){2,7}(?: ?[A-Za-z0-9]{1,4})?(?![A-Za-z0-9])");

    public IbanCheck() {
        super(CANDIDATE);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    protected boolean valid(String candidate) {
        return Checksums.iban(candidate);
    }
}
