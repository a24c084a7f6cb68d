package org.aigc.testkit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Points a {@code @QuarkusTest} at the shared embedded Kafka and PostgreSQL. Use it once per module:
 *
 * <pre>
 * &#64;QuarkusTestResource(value = InfrastructureResource.class,
 *         initArgs = &#64;ResourceArg(name = InfrastructureResource.DATABASE, value = "games"))
 * </pre>
 *
 * Without a {@code database} argument no datasource is configured (for services without one).
 */
public class InfrastructureResource implements QuarkusTestResourceLifecycleManager {

    public static final String DATABASE = "database";

    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.get(DATABASE);
    }

    @Override
    public Map<String, String> start() {
        TestInfrastructure infra = TestInfrastructure.get();
        Map<String, String> config = new HashMap<>();
        config.put("kafka.bootstrap.servers", infra.bootstrapServers());
        if (database != null) {
            config.put("quarkus.datasource.jdbc.url", infra.database(database));
            config.put("quarkus.datasource.username", "postgres");
            config.put("quarkus.datasource.password", "postgres");
        }
        return config;
    }

    @Override
    public void stop() {
        // shared by every test class of the JVM; stopped by TestInfrastructure's shutdown hook
    }
}
