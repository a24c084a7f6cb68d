package org.aigc.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The {@code ./aigc} launcher keeps its own copy of the service table and default ports: they must match. */
class LauncherCatalogTest {

    private static final Path LAUNCHER = Path.of("../../aigc");

    @Test
    void launcherStartsEveryCatalogServiceOnItsPortAndDatabase() throws Exception {
        String script = Files.readString(LAUNCHER);
        Matcher block = Pattern.compile("readonly SERVICES=\\(\\n(.*?)\\n\\)", Pattern.DOTALL).matcher(script);
        assertThat(block.find()).as("SERVICES table in ./aigc").isTrue();
        List<String> launcher = block.group(1).lines().map(String::trim).toList();
        List<String> catalog = ServiceCatalog.ALL.stream()
                .map(s -> s.name() + ":" + s.port() + ":" + s.database()).toList();
        assertThat(launcher).containsExactlyElementsOf(catalog);
    }

    @Test
    void launcherDefaultPortsAreTheLocalStackDefaults() throws Exception {
        String script = Files.readString(LAUNCHER);
        assertThat(script)
                .contains("AIGC_KAFKA_PORT:-" + LocalStackOptions.DEFAULT_KAFKA_PORT + "}")
                .contains("AIGC_KAFKA_CONTROLLER_PORT:-" + LocalStackOptions.DEFAULT_CONTROLLER_PORT + "}")
                .contains("AIGC_PG_PORT:-" + LocalStackOptions.DEFAULT_POSTGRES_PORT + "}");
    }
}
