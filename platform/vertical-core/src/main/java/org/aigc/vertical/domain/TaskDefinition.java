package org.aigc.vertical.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.List;

/** A task of the vertical: input contract (JSON Schema), output shape and model policy. Seeded by migrations. */
@Entity
@Table(name = "task_definition")
public class TaskDefinition extends PanacheEntityBase {

    @Id
    public String name;

    public String description;

    @Column(name = "input_schema", columnDefinition = "jsonb")
    @org.hibernate.annotations.ColumnTransformer(write = "?::jsonb")
    public String inputSchema;

    /** JSON Schema of a JSON answer, or null for plain text. */
    @Column(name = "output_schema", columnDefinition = "jsonb")
    @org.hibernate.annotations.ColumnTransformer(write = "?::jsonb")
    public String outputSchema;

    /** Model alias from the generation service's registry. */
    public String model;

    public BigDecimal temperature;

    @Column(name = "max_tokens")
    public int maxTokens;

    /** Every output goes to the review queue before release (patient- and client-facing tasks). */
    @Column(name = "review_required")
    public boolean reviewRequired;

    public boolean jsonOutput() {
        return outputSchema != null && !outputSchema.isBlank();
    }

    public static List<TaskDefinition> allByName() {
        return list("order by name");
    }
}
