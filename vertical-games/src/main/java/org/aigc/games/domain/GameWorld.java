package org.aigc.games.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Optional;

/** A tenant's game world: the setting, tone and the age rating every generated text must stay within. */
@Entity
@Table(name = "game_world")
public class GameWorld extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @JsonIgnore
    @Column(name = "tenant_id")
    public String tenantId;

    public String title;

    public String lore;

    public String tone;

    /** PEGI-x, ESRB-x or CADPA-x+ (see {@link org.aigc.games.compliance.AgeRating}). */
    @Column(name = "age_rating")
    public String ageRating;

    /** BCP 47 locale; its region (nl-BE, nl-NL, zh-CN) decides market rules such as GM-04. */
    public String locale;

    public static Optional<GameWorld> byId(String tenantId, Long id) {
        return id == null ? Optional.empty() : find("tenantId = ?1 and id = ?2", tenantId, id).firstResultOptional();
    }
}
