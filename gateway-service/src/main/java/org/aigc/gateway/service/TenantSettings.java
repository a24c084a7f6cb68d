package org.aigc.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.aigc.contracts.FieldError;
import org.aigc.contracts.Verticals;
import org.aigc.gateway.domain.Allowlist;
import org.aigc.gateway.domain.ApiException;
import org.aigc.gateway.domain.ProblemType;
import org.aigc.gateway.domain.Tenant;

/**
 * The writable fields of a tenant, as sent to {@code POST} (create) and {@code PATCH} (JSON merge patch: a field that
 * is present is set, {@code null} clears it, an absent one stays). Every invalid field is reported at once.
 */
public final class TenantSettings {

    static final int MAX_NAME = 200;
    private static final Set<String> FIELDS = Set.of("name", "disabled", "allowedVerticals", "allowedTasks",
            "allowedModels", "rateLimitPerMinute", "tokenQuotaPerDay", "monthlyBudget", "currency");
    private static final Pattern SLUG = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}");
    private static final Pattern DECIMAL = Pattern.compile("\\d{1,13}(\\.\\d{1,10})?");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private final JsonNode body;
    private final List<FieldError> errors = new ArrayList<>();

    private TenantSettings(JsonNode body) {
        this.body = body;
    }

    /** Applies the body to the tenant, or throws 400 listing every invalid field (the tenant is then unchanged). */
    public static void apply(JsonNode body, Tenant tenant, boolean creating) {
        new TenantSettings(body).applyTo(tenant, creating);
    }

    private void applyTo(Tenant tenant, boolean creating) {
        for (Iterator<String> names = body.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                errors.add(new FieldError(name.length() > 64 ? name.substring(0, 64) : name, "unknown field"));
            }
        }
        Tenant changed = copy(tenant);
        if (creating || body.has("name")) {
            JsonNode name = body.path("name");
            if (!name.isTextual() || name.asText().isBlank() || name.asText().strip().length() > MAX_NAME) {
                errors.add(new FieldError("name", "required, 1 to " + MAX_NAME + " characters"));
            } else {
                changed.name = name.asText().strip();
            }
        }
        if (body.has("disabled")) {
            if (!body.get("disabled").isBoolean()) {
                errors.add(new FieldError("disabled", "must be a boolean"));
            } else {
                boolean disabled = body.get("disabled").booleanValue();
                changed.disabledAt = disabled ? (tenant.disabledAt != null ? tenant.disabledAt : Instant.now()) : null;
            }
        }
        if (body.has("allowedVerticals")) {
            changed.allowedVerticals = list("allowedVerticals", true);
        }
        if (body.has("allowedTasks")) {
            changed.allowedTasks = list("allowedTasks", false);
        }
        if (body.has("allowedModels")) {
            changed.allowedModels = list("allowedModels", false);
        }
        if (body.has("rateLimitPerMinute")) {
            Long value = positive("rateLimitPerMinute", 1_000_000);
            changed.rateLimitPerMinute = value == null ? null : value.intValue();
        }
        if (body.has("tokenQuotaPerDay")) {
            changed.tokenQuotaPerDay = positive("tokenQuotaPerDay", 1_000_000_000_000L);
        }
        if (body.has("monthlyBudget")) {
            changed.monthlyBudget = decimal("monthlyBudget");
        }
        if (body.has("currency")) {
            JsonNode currency = body.get("currency");
            if (!currency.isTextual() || !CURRENCY.matcher(currency.asText()).matches()) {
                errors.add(new FieldError("currency", "an ISO 4217 code such as USD, EUR or CNY"));
            } else {
                changed.currency = currency.asText();
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiException(ProblemType.INVALID_REQUEST, errors.size() + " invalid field(s)", errors);
        }
        copyInto(changed, tenant);
    }

    private String list(String field, boolean verticals) {
        JsonNode node = body.get(field);
        if (node.isNull()) {
            return null;
        }
        List<String> values = new ArrayList<>();
        if (!node.isArray() || node.size() > 100) {
            errors.add(new FieldError(field, "an array of at most 100 names, or null for all"));
            return null;
        }
        for (JsonNode item : node) {
            String value = item.isTextual() ? item.asText() : "";
            boolean valid = verticals ? Verticals.isKnown(value) : SLUG.matcher(value).matches();
            if (!valid) {
                errors.add(new FieldError(field, verticals ? "each one of " + Verticals.ALL
                        : "each a name of letters, digits, '.', '_', ':', '/' or '-'"));
                return null;
            }
            if (!values.contains(value)) {
                values.add(value);
            }
        }
        return Allowlist.join(values);
    }

    private Long positive(String field, long max) {
        JsonNode node = body.get(field);
        if (node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber() || node.asLong() < 1 || node.asLong() > max) {
            errors.add(new FieldError(field, "an integer from 1 to " + max + ", or null for no limit"));
            return null;
        }
        return node.asLong();
    }

    private BigDecimal decimal(String field) {
        JsonNode node = body.get(field);
        if (node.isNull()) {
            return null;
        }
        if (!node.isTextual() || !DECIMAL.matcher(node.asText()).matches()) {
            errors.add(new FieldError(field, "a decimal string such as \"250.00\" (at most 10 decimals), or null"));
            return null;
        }
        return new BigDecimal(node.asText());
    }

    private static Tenant copy(Tenant from) {
        Tenant copy = new Tenant();
        copyInto(from, copy);
        return copy;
    }

    private static void copyInto(Tenant from, Tenant to) {
        to.name = from.name;
        to.disabledAt = from.disabledAt;
        to.allowedVerticals = from.allowedVerticals;
        to.allowedTasks = from.allowedTasks;
        to.allowedModels = from.allowedModels;
        to.rateLimitPerMinute = from.rateLimitPerMinute;
        to.tokenQuotaPerDay = from.tokenQuotaPerDay;
        to.monthlyBudget = from.monthlyBudget;
        to.currency = from.currency;
    }
}
