package org.aigc.media.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Optional;

/** A tenant's publication, with the style guide its copy follows. */
@Entity
@Table(name = "outlet")
public class Outlet extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @JsonIgnore
    @Column(name = "tenant_id")
    public String tenantId;

    public String name;

    @Column(name = "style_guide")
    public String styleGuide;

    public String locale;

    public static Optional<Outlet> byId(String tenantId, Long id) {
        return id == null ? Optional.empty() : find("tenantId = ?1 and id = ?2", tenantId, id).firstResultOptional();
    }
}
