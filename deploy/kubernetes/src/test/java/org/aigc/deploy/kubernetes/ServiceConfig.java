package org.aigc.deploy.kubernetes;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aigc.contracts.Verticals;

/**
 * What a service's own code says about how it must be deployed: read from its
 * {@code src/main/resources/application.properties} (prod profile) and its {@code pom.xml}.
 */
final class ServiceConfig {

    /** The eight services; the name is the Maven module, the image, the Deployment and the app label. */
    static final List<String> SERVICES = services();

    /** Environment every service gets in Kubernetes (DESIGN.md section 6: infrastructure comes from env). */
    static final List<String> COMMON_ENV = List.of("QUARKUS_HTTP_PORT", "KAFKA_BOOTSTRAP_SERVERS",
            "QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD");

    /** An unresolved {@code ${ENV_NAME}} without a default: the value must come from the environment. */
    private static final Pattern ENV_REF = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)}");

    final String name;
    final Properties props;
    /** The service's pom plus the poms of the platform libraries it depends on (extensions come through them). */
    final String pom;
    /** Required properties from the @ConfigMapping interfaces of the service and its platform libraries. */
    final Set<String> mappedRequired;

    private ServiceConfig(String name, Properties props, String pom, Set<String> mappedRequired) {
        this.name = name;
        this.props = props;
        this.pom = pom;
        this.mappedRequired = mappedRequired;
    }

    private static List<String> services() {
        List<String> names = new java.util.ArrayList<>(List.of("gateway-service", "generation-service"));
        Verticals.ALL.forEach(v -> names.add(Verticals.serviceName(v)));
        return List.copyOf(names);
    }

    static Path moduleDir(Path repoRoot, String service) {
        return repoRoot.resolve(service);
    }

    static ServiceConfig load(Path repoRoot, String service) throws IOException {
        Path dir = moduleDir(repoRoot, service);
        Path file = dir.resolve("src/main/resources/application.properties");
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(service + " has no " + repoRoot.relativize(file)
                    + ": the manifests cannot be checked against its configuration");
        }
        Properties raw = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            raw.load(r);
        }
        // effective prod view: plain keys, overridden by %prod. keys; other profiles ignored
        Properties props = new Properties();
        raw.stringPropertyNames().stream().filter(k -> !k.startsWith("%")).forEach(k -> props.setProperty(k, raw.getProperty(k)));
        raw.stringPropertyNames().stream().filter(k -> k.startsWith("%prod."))
                .forEach(k -> props.setProperty(k.substring("%prod.".length()), raw.getProperty(k)));
        StringBuilder poms = new StringBuilder(Files.readString(dir.resolve("pom.xml")));
        List<Path> sources = new java.util.ArrayList<>(List.of(dir.resolve("src/main/java")));
        try (var libs = Files.list(repoRoot.resolve("platform"))) {
            for (Path lib : libs.filter(p -> Files.isRegularFile(p.resolve("pom.xml"))).toList()) {
                if (poms.indexOf("<artifactId>" + lib.getFileName() + "</artifactId>") >= 0) {
                    poms.append(Files.readString(lib.resolve("pom.xml")));
                    sources.add(lib.resolve("src/main/java"));
                }
            }
        }
        return new ServiceConfig(service, props, poms.toString(), ConfigMappings.requiredProperties(sources));
    }

    boolean isVertical() {
        return name.startsWith("vertical-");
    }

    boolean hasHealthExtension() {
        return pom.contains("<artifactId>quarkus-smallrye-health</artifactId>");
    }

    boolean managementInterfaceEnabled() {
        return Boolean.parseBoolean(props.getProperty("quarkus.management.enabled", "false"));
    }

    /** Port the probes and scraping must use: the HTTP port unless the management interface is on. */
    String probePortName(int httpPort) {
        return managementInterfaceEnabled() ? props.getProperty("quarkus.management.port", "9000") : String.valueOf(httpPort);
    }

    String nonApplicationRoot() {
        if (managementInterfaceEnabled()) {
            return join("/", props.getProperty("quarkus.management.root-path", "q"));
        }
        String root = props.getProperty("quarkus.http.root-path", "/");
        return join(root, props.getProperty("quarkus.http.non-application-root-path", "q"));
    }

    String healthPath(String which) {
        String healthRoot = join(nonApplicationRoot(), props.getProperty("quarkus.smallrye-health.root-path", "health"));
        String defaultSub = switch (which) {
            case "liveness" -> "live";
            case "readiness" -> "ready";
            case "startup" -> "started";
            default -> throw new IllegalArgumentException(which);
        };
        return join(healthRoot, props.getProperty("quarkus.smallrye-health." + which + "-path", defaultSub));
    }

    String metricsPath() {
        return join(nonApplicationRoot(), props.getProperty("quarkus.micrometer.export.prometheus.path", "metrics"));
    }

    /** Quarkus path rules: an absolute path stands alone, a relative one is appended to its parent. */
    private static String join(String parent, String child) {
        if (child.startsWith("/")) {
            return child;
        }
        return (parent.endsWith("/") ? parent : parent + "/") + child;
    }

    /** Every env var the service needs in prod: the contract plus what its configuration references. */
    Set<String> requiredEnv() {
        Set<String> env = new LinkedHashSet<>(COMMON_ENV);
        if (name.equals("gateway-service")) {
            env.add("GATEWAY_ADMIN_KEY");
            Verticals.ALL.forEach(v -> env.add(verticalUrlEnv(v)));
        } else if (name.equals("generation-service")) {
            env.addAll(List.of("AIGC_OPENAI_BASE_URL", "AIGC_OPENAI_API_KEY", "AIGC_OPENAI_MODEL"));
        } else {
            env.add("AIGC_LABELS_HMAC_KEY");
        }
        env.addAll(referencedEnvWithoutDefault());
        // a required @ConfigMapping property with no value in application.properties must come from env
        mappedRequired.stream().filter(p -> props.getProperty(p) == null).map(ConfigMappings::envName).forEach(env::add);
        return env;
    }

    /** {@code ${NAME}} references without a {@code :default} in the effective prod configuration. */
    Set<String> referencedEnvWithoutDefault() {
        Set<String> names = new TreeSet<>();
        for (String key : props.stringPropertyNames()) {
            Matcher m = ENV_REF.matcher(props.getProperty(key));
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    static String verticalUrlEnv(String vertical) {
        return "GATEWAY_VERTICALS_" + vertical.toUpperCase(java.util.Locale.ROOT) + "_URL";
    }

    @Override
    public String toString() {
        return name;
    }
}
