package org.aigc.vertical.labels;

import jakarta.enterprise.context.ApplicationScoped;
import org.aigc.contracts.AigcLabel;
import org.aigc.contracts.Labels;
import org.aigc.vertical.config.LabelConfig;
import org.aigc.vertical.config.VerticalConfig;

/** Adds the explicit and the implicit AI-content labels to an output. */
@ApplicationScoped
public class Labeller {

    /** {@code Label} "1": the content is AI-generated (GB 45438-2025 Annex E). */
    static final String AI_GENERATED = "1";

    private final LabelSigner signer;
    private final String producer;
    private final boolean atStart;

    Labeller(LabelConfig labels, VerticalConfig vertical) {
        this.signer = new LabelSigner(labels.hmacKey());
        this.producer = vertical.contentProducer();
        this.atStart = "start".equalsIgnoreCase(labels.position());
    }

    /** {@code ContentProducer} of this service's labels. */
    public String producer() {
        return producer;
    }

    /**
     * Labels an output; no request option can switch this off. Text content gets the explicit label at its end (or
     * start, see {@link LabelConfig#position()}); JSON content stays as it is and carries the
     * explicit label only in the metadata.
     */
    public Labelled label(String content, boolean textContent, String locale, String requestId, String tenantId) {
        String explicit = ExplicitLabels.forLocale(locale);
        String published = !textContent ? content
                : atStart ? ExplicitLabels.prependTo(content, explicit) : ExplicitLabels.appendTo(content, explicit);
        AigcLabel implicit = new AigcLabel(AI_GENERATED, producer, requestId,
                signer.sign(published, requestId, tenantId), null, null, null);
        return new Labelled(published, new Labels(explicit, implicit));
    }

    public LabelSigner signer() {
        return signer;
    }

    /** The content as published and its labels. */
    public record Labelled(String content, Labels labels) {
    }
}
