package org.aigc.vertical.compliance.detect;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.aigc.vertical.compliance.NamedCheck;
import org.aigc.vertical.compliance.ScreeningContext;
import org.aigc.vertical.compliance.TextMatcher;

/**
 * Cloning the voice or face of a real person (face swap, voice clone, digital replica) needs their separate consent; a
 * request that asks for it without a {@code consentRecordId} in its input is found. Used by GM-08 (performers in
 * games) and MD-03 (third parties in media, 深度合成规定 Art 14).
 */
@ApplicationScoped
public class LikenessConsentCheck implements NamedCheck {

    static final List<String> TERMS = List.of("clone the voice", "clone his voice", "clone her voice", "voice clone",
            "cloned voice", "sound exactly like", "deepfake", "face swap", "face-swap", "digital replica",
            "use the likeness of", "克隆声音", "声音克隆", "克隆他的声音", "克隆她的声音", "换脸", "声音复刻", "数字替身");

    @Override
    public String name() {
        return "likeness-consent";
    }

    @Override
    public List<String> find(String normalisedText, ScreeningContext context) {
        boolean consented = context.input() != null && !context.input().path("consentRecordId").asText("").isBlank();
        return consented ? List.of() : TextMatcher.terms(normalisedText, TERMS, List.of());
    }
}
