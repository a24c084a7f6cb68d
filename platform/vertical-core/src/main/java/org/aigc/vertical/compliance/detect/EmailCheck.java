package org.aigc.vertical.compliance.detect;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.regex.Pattern;

/** E-mail addresses (local part, @, a domain with a letter-only top-level label). */
@ApplicationScoped
public class EmailCheck extends PatternDetector {

    public static final String NAME = "email";
    private static final Pattern ADDRESS = Pattern.compile(
            "(?<![\\w.%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\\.[A-Za-z]{2,24}(?![\\w-])");

    public EmailCheck() {
        super(ADDRESS);
    }

    @Override
    public String name() {
        return NAME;
    }
}
