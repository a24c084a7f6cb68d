package org.aigc.vertical.compliance.detect;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.regex.Pattern;

/** PRC resident identity card numbers (GB 11643-1999): 18 characters, a real birth date, the MOD 11-2 check. */
@ApplicationScoped
public class PrcResidentIdCheck extends PatternDetector {

    public static final String NAME = "prc-resident-id";
    private static final Pattern CANDIDATE = Pattern.compile("(?<![0-9A-Za-z])[1-8]\\d{16}[0-9Xx](?![0-9A-Za-z])");

    public PrcResidentIdCheck() {
        super(CANDIDATE);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    protected boolean valid(String candidate) {
        return Checksums.prcResidentId(candidate);
    }
}
