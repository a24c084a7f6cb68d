import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The gateway's usage report at millions of rows: creates {@code usage_record} with the gateway's own DDL (read from
 * its Flyway migration), fills it with N rows over 90 days for 1,000 tenants, and prints EXPLAIN (ANALYZE, BUFFERS)
 * of the report queries {@code UsageReports} runs (one tenant over a month; all tenants over a day).
 *
 * <pre>java -cp postgresql.jar bench/usage-plan/UsageQueryPlan.java jdbc:postgresql://127.0.0.1:24432/postgres 5000000</pre>
 */
public class UsageQueryPlan {

    public static void main(String[] args) throws Exception {
        String url = args[0];
        long rows = Long.parseLong(args[1]);
        String migration = Files.readString(
                Path.of("gateway-service/src/main/resources/db/migration/V2__tenant_policy_metering.sql"));
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
                Statement s = c.createStatement()) {
            s.execute("drop table if exists usage_record");
            Matcher table = Pattern.compile("(?s)create table usage_record \\(.*?\\n\\);").matcher(migration);
            table.find();
            s.execute(table.group());
            long started = System.nanoTime();
            s.execute("insert into usage_record select md5(g::text), "
                    + "('00000000-0000-0000-0000-' || lpad((g % 1000)::text, 12, '0'))::uuid, "
                    + "'req-' || g, 'req-' || g || '#1', (array['games','marketing','media','ecommerce','health',"
                    + "'finance'])[1 + g % 6], 'task-' || (g % 5), (array['gpt-4o-mini','gpt-4o','llama'])[1 + g % 3],"
                    + " 100 + g % 400, 50 + g % 300, (g % 1000) / 100000.0, 'USD', "
                    + "timestamptz '2026-09-01' + (g * (90.0 * 86400 / " + rows + ")) * interval '1 second' "
                    + "from generate_series(1, " + rows + ") g");
            Matcher index = Pattern.compile("(?s)create index usage_record_\\w+ on usage_record .*?;").matcher(migration);
            while (index.find()) {
                s.execute(index.group());
            }
            s.execute("analyze usage_record");
            System.out.printf("%,d rows loaded and indexed in %d s%n", rows, (System.nanoTime() - started) / 1_000_000_000);
            String tenant = "00000000-0000-0000-0000-000000000042";
            plan(s, "one tenant, one month, group by day", "select to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD') as k, currency, count(*), "
                    + "coalesce(sum(prompt_tokens), 0), coalesce(sum(completion_tokens), 0), coalesce(sum(cost), 0) "
                    + "from usage_record where occurred_at >= '2026-10-01' and occurred_at < '2026-11-01' "
                    + "and tenant_id = '" + tenant + "' group by 1, 2 order by 1, 2");
            plan(s, "one tenant, one month, group by model", "select model as k, currency, count(*), "
                    + "coalesce(sum(prompt_tokens), 0), coalesce(sum(completion_tokens), 0), coalesce(sum(cost), 0) "
                    + "from usage_record where occurred_at >= '2026-10-01' and occurred_at < '2026-11-01' "
                    + "and tenant_id = '" + tenant + "' group by 1, 2 order by 1, 2");
            plan(s, "all tenants (admin), one day, group by vertical", "select vertical as k, currency, count(*), "
                    + "coalesce(sum(prompt_tokens), 0), coalesce(sum(completion_tokens), 0), coalesce(sum(cost), 0) "
                    + "from usage_record where occurred_at >= '2026-10-15' and occurred_at < '2026-10-16' "
                    + "group by 1, 2 order by 1, 2");
        }
    }

    private static void plan(Statement s, String title, String sql) throws Exception {
        System.out.println("\n-- " + title + "\n" + sql);
        try (ResultSet r = s.executeQuery("explain (analyze, buffers) " + sql)) {
            while (r.next()) {
                System.out.println(r.getString(1));
            }
        }
    }
}
