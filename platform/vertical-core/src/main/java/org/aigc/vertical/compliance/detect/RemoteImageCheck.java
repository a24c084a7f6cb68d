package org.aigc.vertical.compliance.detect;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.regex.Pattern;

/**
 * Markdown images that load from a remote host (catalogue PI-07, OWASP LLM05): a browser rendering the output fetches
 * the URL, so a templated query string can carry data out without a click.
 */
@ApplicationScoped
public class RemoteImageCheck extends PatternDetector {

    public static final String NAME = "remote-markdown-image";
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]\\n]*]\\(\\s*<?(?:https?:)?//[^)\\s]+[^)\\n]*\\)",
            Pattern.CASE_INSENSITIVE);

    public RemoteImageCheck() {
        super(IMAGE);
    }

    @Override
    public String name() {
        return NAME;
    }
}
