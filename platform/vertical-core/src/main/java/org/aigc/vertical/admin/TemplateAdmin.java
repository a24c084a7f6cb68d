package org.aigc.vertical.admin;

import io.quarkus.qute.Engine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.aigc.vertical.domain.PromptTemplate;
import org.aigc.vertical.domain.TaskDefinition;
import org.aigc.vertical.rest.Problems;
import org.aigc.vertical.service.AuditTrail;

/**
 * Versions of a task's prompt template. Versions are immutable once created; what changes is which are active and
 * their weights. Activating one version makes it the only active one (a rollback is activating an older version);
 * {@link #weigh} splits traffic between several (A/B). Every change is audited under {@code template:<task>}.
 */
@ApplicationScoped
public class TemplateAdmin {

    private final Engine qute;
    private final AuditTrail audit;

    TemplateAdmin(Engine qute, AuditTrail audit) {
        this.qute = qute;
        this.audit = audit;
    }

    public List<PromptTemplate> versions(String task) {
        requireTask(task);
        return PromptTemplate.allFor(task);
    }

    @Transactional
    public PromptTemplate create(String task, String system, String user, boolean activate, String tenantId,
            String actor) {
        requireTask(task);
        if (system == null || system.isBlank() || user == null || user.isBlank()) {
            throw Problems.invalid("systemTemplate and userTemplate are required");
        }
        for (String template : List.of(system, user)) {
            try {
                qute.parse(template);
            } catch (RuntimeException e) {
                throw Problems.invalid("the template does not parse: " + e.getMessage());
            }
        }
        PromptTemplate t = new PromptTemplate();
        t.task = task;
        t.version = PromptTemplate.allFor(task).stream().mapToInt(p -> p.version).max().orElse(0) + 1;
        t.systemTemplate = system;
        t.userTemplate = user;
        t.active = false;
        t.weight = 100;
        t.createdAt = Instant.now();
        t.updatedAt = t.createdAt;
        t.createdBy = actor;
        t.persist();
        audit.adminAction("template:" + task, tenantId, "TEMPLATE_CREATED", null, null, actor,
                Map.of("version", t.version));
        if (activate) {
            return activate(task, t.version, tenantId, actor);
        }
        return t;
    }

    /** Makes {@code version} the only active version, with the full weight. */
    @Transactional
    public PromptTemplate activate(String task, int version, String tenantId, String actor) {
        requireTask(task);
        PromptTemplate chosen = PromptTemplate.version(task, version)
                .orElseThrow(() -> Problems.notFound("task " + task + " has no template version " + version));
        for (PromptTemplate t : PromptTemplate.allFor(task)) {
            t.active = t.version == version;
            t.weight = t.version == version ? 100 : t.weight;
            t.updatedAt = Instant.now();
        }
        audit.adminAction("template:" + task, tenantId, "TEMPLATE_ACTIVATED", null, null, actor,
                Map.of("version", version));
        return chosen;
    }

    /** Sets the traffic split: listed versions with weight > 0 are active, every other version is not. */
    @Transactional
    public List<PromptTemplate> weigh(String task, Map<Integer, Integer> weights, String tenantId, String actor) {
        requireTask(task);
        List<PromptTemplate> all = PromptTemplate.allFor(task);
        for (Map.Entry<Integer, Integer> w : weights.entrySet()) {
            if (all.stream().noneMatch(t -> t.version == w.getKey())) {
                throw Problems.invalid("task " + task + " has no template version " + w.getKey());
            }
            if (w.getValue() == null || w.getValue() < 0) {
                throw Problems.invalid("weights must be >= 0");
            }
        }
        if (weights.values().stream().mapToInt(Integer::intValue).sum() <= 0) {
            throw Problems.invalid("at least one version needs a weight above 0");
        }
        for (PromptTemplate t : all) {
            int weight = weights.getOrDefault(t.version, 0);
            t.active = weight > 0;
            t.weight = weight > 0 ? weight : t.weight;
            t.updatedAt = Instant.now();
        }
        audit.adminAction("template:" + task, tenantId, "TEMPLATE_WEIGHTED", null, null, actor,
                Map.of("weights", weights));
        return all;
    }

    private static void requireTask(String task) {
        if (TaskDefinition.findById(task) == null) {
            throw Problems.notFound("no task " + task);
        }
    }
}
