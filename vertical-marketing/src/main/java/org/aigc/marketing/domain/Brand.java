package org.aigc.marketing.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.core.type.TypeReference;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Optional;
import org.aigc.contracts.Json;
import org.hibernate.annotations.ColumnTransformer;

/** A tenant's brand: its voice, audience, banned words, required disclosures, markets and registered trademarks. */
@Entity
@Table(name = "brand")
public class Brand extends PanacheEntityBase {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @JsonIgnore
    @Column(name = "tenant_id")
    public String tenantId;

    public String name;

    @Column(name = "voice_guide")
    public String voiceGuide;

    public String audience;

    /** JSON array of words the brand never uses (MK-02). */
    @JsonRawValue
    @Column(name = "banned_words", columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String bannedWords = "[]";

    /** JSON array of sentences every piece of copy must carry (MK-03). */
    @JsonRawValue
    @Column(name = "required_disclosures", columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String requiredDisclosures = "[]";

    /** JSON array of markets (CN, US, EU, UK, JP, KR, GLOBAL): AD-01 applies for CN, AD-14 for EU. */
    @JsonRawValue
    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String markets = "[]";

    /** JSON array of the brand's registered trademarks: exempt from AD-01 (SAMR 2023 guideline, exception 4). */
    @JsonRawValue
    @Column(name = "registered_trademarks", columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String registeredTrademarks = "[]";

    public static Optional<Brand> byId(String tenantId, Long id) {
        return id == null ? Optional.empty() : find("tenantId = ?1 and id = ?2", tenantId, id).firstResultOptional();
    }

    public static List<String> list(String json) {
        return json == null || json.isBlank() ? List.of() : Json.MAPPER.convertValue(Json.tree(json), STRINGS);
    }

    public List<String> bannedWordList() {
        return list(bannedWords);
    }

    public List<String> requiredDisclosureList() {
        return list(requiredDisclosures);
    }

    public List<String> marketList() {
        return list(markets);
    }

    public List<String> trademarkList() {
        return list(registeredTrademarks);
    }
}
