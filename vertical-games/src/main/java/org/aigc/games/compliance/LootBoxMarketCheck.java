package org.aigc.games.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.aigc.games.domain.Item;
import org.aigc.vertical.compliance.NamedCheck;
import org.aigc.vertical.compliance.ScreeningContext;

/** GM-04: paid random items in Belgium (illegal without licence) or the Netherlands (legal review) go to a human. */
@ApplicationScoped
public class LootBoxMarketCheck implements NamedCheck {

    static final Set<String> MARKETS = Set.of("BE", "NL");

    @Override
    public String name() {
        return "loot-box-market";
    }

    @Override
    public List<String> find(String normalisedText, ScreeningContext context) {
        String market = WorldLookup.market(context.tenantId(), context.input());
        if (!MARKETS.contains(market)) {
            return List.of();
        }
        boolean paidRandomItem = context.input() != null && (Item.byId(context.tenantId(),
                WorldLookup.id(context.input(), "itemId")).map(i -> i.paidRandom).orElse(false)
                || context.input().path("offer").path("paidRandom").asBoolean(false));
        List<String> mentions = LootBoxTerms.mentions(normalisedText);
        return paidRandomItem && mentions.isEmpty() ? List.of("paid random item (" + market + ")") : mentions;
    }
}
