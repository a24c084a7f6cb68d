package org.aigc.media.compliance;

import com.fasterxml.jackson.databind.JsonNode;
import org.aigc.media.domain.SourceDocument;
import org.aigc.vertical.compliance.ScreeningContext;
import org.aigc.vertical.compliance.TextNormaliser;

/** The source a media output must stay faithful to: the stored document, or the text the request carries. */
public final class SourceText {

    private SourceText() {
    }

    /** Normalised title and body of the source; empty when the request has none. */
    public static String of(ScreeningContext context) {
        JsonNode input = context.input();
        if (input == null) {
            return "";
        }
        JsonNode id = input.get("documentId");
        if (id != null && id.canConvertToLong()) {
            return SourceDocument.byId(context.tenantId(), id.asLong())
                    .map(d -> TextNormaliser.normalise(d.title + "\n" + d.body)).orElse("");
        }
        return TextNormaliser.normalise(input.path("sourceTitle").asText("") + "\n" + input.path("sourceText")
                .asText(""));
    }
}
