package org.aigc.local;

import java.util.ArrayList;
import java.util.List;
import org.aigc.contracts.Verticals;

/** The eight services of the platform with their local port and database. */
public final class ServiceCatalog {

    /**
     * One service.
     *
     * @param name     Maven module, application name and process name
     * @param port     HTTP port on a local machine
     * @param database its own PostgreSQL database
     */
    public record Service(String name, int port, String database) {
    }

    public static final int GATEWAY_PORT = 8080;

    public static final List<Service> ALL = build();

    private ServiceCatalog() {
    }

    private static List<Service> build() {
        List<Service> services = new ArrayList<>();
        services.add(new Service("gateway-service", GATEWAY_PORT, "gateway"));
        services.add(new Service("generation-service", GATEWAY_PORT + 1, "generation"));
        int port = GATEWAY_PORT + 2;
        for (String vertical : Verticals.ALL) {
            services.add(new Service(Verticals.serviceName(vertical), port++, vertical));
        }
        return List.copyOf(services);
    }

    public static Service byName(String name) {
        return ALL.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown service: " + name));
    }
}
