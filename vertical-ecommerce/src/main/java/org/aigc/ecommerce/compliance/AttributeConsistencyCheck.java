package org.aigc.ecommerce.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aigc.contracts.Json;
import org.aigc.ecommerce.domain.Product;
import org.aigc.ecommerce.service.ListingText;
import org.aigc.vertical.compliance.NamedCheck;
import org.aigc.vertical.compliance.ScreeningContext;

/**
 * No invented specs: every quantity with a unit in the copy (weight, volume, size, power, capacity, pieces) must
 * equal one the product's title or stored attributes state for that dimension (within 1%, across units). A
 * quantity of a dimension the product does not state at all is invented.
 */
@ApplicationScoped
public class AttributeConsistencyCheck implements NamedCheck {

    @Override
    public String name() {
        return "attributes-match";
    }

    @Override
    public List<String> find(String normalisedText, ScreeningContext context) {
        Optional<Product> product = ListingText.product(context);
        if (product.isEmpty()) {
            return List.of();
        }
        List<Quantities.Quantity> facts = Quantities.in(facts(product.get()));
        List<String> found = new ArrayList<>();
        for (Quantities.Quantity claimed : Quantities.in(normalisedText)) {
            boolean stated = facts.stream().anyMatch(f -> f.dimension().equals(claimed.dimension())
                    && Quantities.same(f.base(), claimed.base()));
            if (!stated) {
                found.add(claimed.text());
            }
        }
        return found;
    }

    /** The product's title and attributes as text ("weight: 250 g"). */
    static String facts(Product product) {
        StringBuilder text = new StringBuilder(product.title).append('\n');
        Iterator<Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>> fields = Json.tree(product.attributes)
                .fields();
        while (fields.hasNext()) {
            Map.Entry<String, com.fasterxml.jackson.databind.JsonNode> field = fields.next();
            text.append(field.getKey()).append(": ").append(field.getValue().asText(field.getValue().toString()))
                    .append('\n');
        }
        return text.toString();
    }
}
