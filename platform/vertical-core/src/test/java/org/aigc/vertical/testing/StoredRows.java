package org.aigc.vertical.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Everything a vertical's database keeps about one request, each row as PostgreSQL's text form of the whole row, read
 * with plain JDBC: the generation row, its audit trail, its outbox events and the rows of the given extra tables that
 * have a {@code request_id} column (review tasks). For tests that assert what is stored at rest.
 */
public final class StoredRows {

    private StoredRows() {
    }

    public static List<String> of(DataSource dataSource, String requestId, String... extraTables) {
        List<String> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            rows.addAll(query(c, "select g::text from generation g where request_id = ?", requestId));
            rows.addAll(query(c, "select a::text from audit_event a where request_id = ?", requestId));
            rows.addAll(query(c, "select o::text from outbox o where record_key = ?", requestId));
            for (String table : extraTables) {
                rows.addAll(query(c, "select t::text from " + table + " t where request_id = ?", requestId));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    private static List<String> query(Connection c, String sql, String requestId) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, requestId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(r.getString(1));
                }
            }
        }
        return rows;
    }
}
