package org.aigc.e2e;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What the gateway's metering tables say about one tenant, read with plain JDBC: usage rows per job, reservations not
 * yet released, and the month's spent and reserved budget and the day's reserved tokens. The public API shows costs
 * but not reservations; a reservation that is never released would silently shrink the tenant's budget.
 *
 * @param usageRecordsByJob usage rows per job (request) id
 */
record GatewayLedger(Map<String, Long> usageRecordsByJob, long openReservations, BigDecimal spentBudget,
        BigDecimal reservedBudget, long reservedTokens) {

    static GatewayLedger read(String jdbcUrl, String tenantId) throws SQLException {
        UUID tenant = UUID.fromString(tenantId);
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
            Map<String, Long> usage = new TreeMap<>();
            try (PreparedStatement query = db.prepareStatement(
                    "select request_id, count(*) from usage_record where tenant_id = ? group by request_id")) {
                query.setObject(1, tenant);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        usage.put(rows.getString(1), rows.getLong(2));
                    }
                }
            }
            return new GatewayLedger(usage,
                    number(db, "select count(*) from reservation where tenant_id = ? and released_at is null", tenant)
                            .longValue(),
                    number(db, "select coalesce(sum(spent), 0) from budget_month where tenant_id = ?", tenant),
                    number(db, "select coalesce(sum(reserved), 0) from budget_month where tenant_id = ?", tenant),
                    number(db, "select coalesce(sum(reserved), 0) from token_day where tenant_id = ?", tenant)
                            .longValue());
        }
    }

    private static BigDecimal number(Connection db, String sql, UUID tenant) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setObject(1, tenant);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getBigDecimal(1);
            }
        }
    }
}
