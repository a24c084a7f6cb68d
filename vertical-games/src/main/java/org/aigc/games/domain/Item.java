package org.aigc.games.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Optional;

/** An item of a world. A paid random item (loot box, gacha pull) must publish its odds (GM-03). */
@Entity
@Table(name = "item")
public class Item extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @JsonIgnore
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "world_id")
    public Long worldId;

    public String name;

    public String kind;

    public String rarity;

    public String notes;

    /** Real-money price; null when the item cannot be bought. */
    public BigDecimal price;

    /** Bought with money (or premium currency) and yields a random reward. */
    @Column(name = "paid_random")
    public boolean paidRandom;

    /** Where the item list with per-item probabilities is published. */
    @Column(name = "odds_url")
    public String oddsUrl;

    public static Optional<Item> byId(String tenantId, Long id) {
        return id == null ? Optional.empty() : find("tenantId = ?1 and id = ?2", tenantId, id).firstResultOptional();
    }
}
