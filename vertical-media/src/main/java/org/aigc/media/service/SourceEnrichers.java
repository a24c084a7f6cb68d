package org.aigc.media.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aigc.contracts.FieldError;
import org.aigc.contracts.GenerationRequested;
import org.aigc.media.domain.Outlet;
import org.aigc.media.domain.SourceDocument;
import org.aigc.vertical.service.EnrichmentException;
import org.aigc.vertical.service.TaskEnricher;

/**
 * Every media task works from a source: the stored document ({@code documentId}) or the text the request carries
 * ({@code sourceText}), and writes for an outlet (its style guide) when {@code outletId} names one.
 */
public final class SourceEnrichers {

    private SourceEnrichers() {
    }

    abstract static class SourceEnricher implements TaskEnricher {

        @Override
        public Map<String, Object> enrich(GenerationRequested request) {
            JsonNode input = request.input();
            String tenantId = request.tenantId();
            Map<String, Object> source = new HashMap<>();
            Long documentId = id(input, "documentId");
            Long outletId = id(input, "outletId");
            if (documentId != null) {
                SourceDocument document = SourceDocument.byId(tenantId, documentId).orElseThrow(() -> unknown(
                        "documentId", "UNKNOWN_DOCUMENT", "document"));
                source.put("title", document.title);
                source.put("text", document.body);
                source.put("origin", document.origin == null ? "" : document.origin);
                outletId = outletId == null ? document.outletId : outletId;
            } else {
                source.put("title", input.path("sourceTitle").asText(""));
                source.put("text", input.path("sourceText").asText(""));
                source.put("origin", "");
            }
            Map<String, Object> outlet = new HashMap<>();
            outlet.put("name", input.path("outlet").asText("a newsroom"));
            outlet.put("styleGuide", "");
            if (outletId != null) {
                Outlet stored = Outlet.byId(tenantId, outletId).orElseThrow(() -> unknown("outletId",
                        "UNKNOWN_OUTLET", "outlet"));
                outlet.put("name", stored.name);
                outlet.put("styleGuide", stored.styleGuide == null ? "" : stored.styleGuide);
            }
            return Map.of("source", source, "outlet", outlet);
        }

        private static Long id(JsonNode input, String field) {
            JsonNode node = input.get(field);
            return node != null && node.canConvertToLong() ? node.asLong() : null;
        }

        private static EnrichmentException unknown(String field, String code, String what) {
            return new EnrichmentException(code, "no " + what + " with this " + field + " for your tenant",
                    List.of(new FieldError(field, "no " + what + " with this id")));
        }
    }

    @ApplicationScoped
    public static class NewsSummary extends SourceEnricher {
        @Override
        public String task() {
            return "news-summary";
        }
    }

    @ApplicationScoped
    public static class Headline extends SourceEnricher {
        @Override
        public String task() {
            return "headline";
        }
    }

    @ApplicationScoped
    public static class VideoScript extends SourceEnricher {
        @Override
        public String task() {
            return "video-script";
        }
    }

    @ApplicationScoped
    public static class Synopsis extends SourceEnricher {
        @Override
        public String task() {
            return "synopsis";
        }
    }

    @ApplicationScoped
    public static class PressRelease extends SourceEnricher {
        @Override
        public String task() {
            return "press-release";
        }
    }
}
