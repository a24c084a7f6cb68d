package org.aigc.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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

    /**
     * A copy of the packaged apps under {@code target}, laid out like the checkout (about 600 MB, under a second).
     * A running Quarkus app loads classes from its lib/ jars lazily: a rebuild of a module during the test (a
     * developer's or another build's {@code install}) would pull them from under the running service.
     */
    StackLayout snapshot(Path target) throws IOException {
        copyTree(stackJar().orElseThrow().getParent(), target);
        for (ServiceCatalog.Service service : ServiceCatalog.ALL) {
            copyTree(serviceJar(service.name()).getParent(), target);
        }
        return new StackLayout(target);
    }

    private void copyTree(Path from, Path targetRoot) throws IOException {
        Path to = targetRoot.resolve(root.relativize(from).toString());
        Files.createDirectories(to.getParent());
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Files.copy(source, to.resolve(from.relativize(source).toString()),
                        StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    /** The JDK running this test, so the services run on the same Java as the build. */
    static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
