package org.aigc.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.aigc.local.ServiceCatalog;

/** Where the packaged platform lives in a built checkout. */
record StackLayout(Path root) {

    static StackLayout fromSystemProperty() {
        String root = System.getProperty("aigc.root", "../..");
        return new StackLayout(Path.of(root).toAbsolutePath().normalize());
    }

    Path serviceJar(String service) {
        return root.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /** {@code deploy/local/target/stack/aigc-local-<version>-stack.jar}, built by deploy/local's package phase. */
    Optional<Path> stackJar() {
        Path dir = root.resolve("deploy/local/target/stack");
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().matches("aigc-local-.*-stack\\.jar")).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What is not built yet, as paths relative to the root; empty when the stack can start. */
    List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (stackJar().isEmpty()) {
            missing.add("deploy/local/target/stack/aigc-local-*-stack.jar");
        }
        for (ServiceCatalog.Service service : ServiceCatalog.ALL) {
            if (!Files.isRegularFile(serviceJar(service.name()))) {
                missing.add(root.relativize(serviceJar(service.name())).toString());
            }
        }
        return missing;
    }

    /** The JDK running this test, so the services run on the same Java as the build. */
    static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
