package org.aigc.games.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.aigc.games.domain.Item;
import org.aigc.vertical.compliance.NamedCheck;
import org.aigc.vertical.compliance.ScreeningContext;

/**
 * GM-03: copy about a paid random item (named in the text, or the described item is one) must show or link the
 * per-item odds; "boosted chance!" without numbers is blocked.
 */
@ApplicationScoped
public class LootBoxOddsCheck implements NamedCheck {

    @Override
    public String name() {
        return "loot-box-odds";
    }

    @Override
    public List<String> find(String normalisedText, ScreeningContext context) {
        Optional<Item> item = context.input() == null ? Optional.empty()
                : Item.byId(context.tenantId(), WorldLookup.id(context.input(), "itemId"));
        boolean paidRandomItem = item.map(i -> i.paidRandom).orElse(false)
                || context.input() != null && context.input().path("offer").path("paidRandom").asBoolean(false);
        List<String> mentions = LootBoxTerms.mentions(normalisedText);
        if (!paidRandomItem && mentions.isEmpty()) {
            return List.of();
        }
        if (LootBoxTerms.disclosesOdds(normalisedText, item.map(i -> i.oddsUrl).orElse(null))) {
            return List.of();
        }
        return mentions.isEmpty() ? List.of(item.map(i -> i.name).orElse("paid random item")) : mentions;
    }
}
