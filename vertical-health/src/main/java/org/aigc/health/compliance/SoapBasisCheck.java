package org.aigc.health.compliance;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import org.aigc.contracts.Json;
import org.aigc.contracts.MalformedEventException;
import org.aigc.vertical.compliance.NamedCheck;
import org.aigc.vertical.compliance.ScreeningContext;

/**
 * HC-11: an assessment or plan shown to a clinician must let them review its basis (FDA CDS criterion 4). A SOAP
 * draft whose assessment or plan is filled while both subjective and objective are undocumented has no visible basis.
 */
@ApplicationScoped
public class SoapBasisCheck implements NamedCheck {

    @Override
    public String name() {
        return "soap-basis";
    }

    @Override
    public List<String> find(String normalisedText, ScreeningContext context) {
        JsonNode soap;
        try {
            soap = Json.tree(normalisedText);
        } catch (MalformedEventException e) {
            return List.of();
        }
        boolean conclusion = documented(soap.path("assessment")) || documented(soap.path("plan"));
        boolean basis = documented(soap.path("subjective")) || documented(soap.path("objective"));
        return conclusion && !basis ? List.of(soap.path("assessment").asText()) : List.of();
    }

    private static boolean documented(JsonNode field) {
        String text = field.asText("").strip().toLowerCase(Locale.ROOT);
        return !text.isEmpty() && !text.startsWith("not documented");
    }
}
