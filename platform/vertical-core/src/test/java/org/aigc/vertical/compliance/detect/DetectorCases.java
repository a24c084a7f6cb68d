package org.aigc.vertical.compliance.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.aigc.vertical.compliance.NamedCheck;
import org.aigc.vertical.compliance.ScreeningContext;
import org.aigc.vertical.compliance.TextNormaliser;

/** Runs a detector over texts it must flag (with the excerpt it must quote) and texts it must leave alone. */
final class DetectorCases {

    static final ScreeningContext CONTEXT = new ScreeningContext("t", "tenant", "en", null);

    private DetectorCases() {
    }

    /** Each text must yield exactly the given excerpt. */
    static void catches(NamedCheck check, String text, String excerpt) {
        assertThat(check.find(TextNormaliser.normalise(text), CONTEXT)).as("%s on <%s>", check.name(), text)
                .containsExactly(excerpt);
    }

    static void ignores(NamedCheck check, List<String> texts) {
        for (String text : texts) {
            assertThat(check.find(TextNormaliser.normalise(text), CONTEXT)).as("%s on <%s>", check.name(), text)
                    .isEmpty();
        }
    }
}
