package org.aigc.gateway.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs the Node drivers in {@code src/test/node} (the official openai SDK, playwright-core). The packages are
 * installed from the lock file ({@code npm ci}) on first use; the calling test is skipped, with the reason, when Node
 * or the registry is not available.
 */
public final class NodeScripts {

    public static final Path DIR = Path.of("src", "test", "node");

    private NodeScripts() {
    }

    private static boolean installTried;

    /** Skips unless {@code node} runs and every package is installed next to the scripts. */
    public static void assumeAvailable(String... packages) {
        Assumptions.assumeTrue(nodeWorks(), "skipped: node is not installed");
        installOnce();
        for (String name : packages) {
            Assumptions.assumeTrue(Files.isDirectory(DIR.resolve("node_modules").resolve(name)),
                    "skipped: npm package " + name + " missing; run `npm install` in " + DIR.toAbsolutePath());
        }
    }

    /** Runs {@code node <script> <args>}, returns its stdout; fails the test with stderr on a non-zero exit. */
    public static String run(String script, long timeoutSeconds, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("node", script));
        command.addAll(List.of(args));
        Path log = Files.createTempFile("node-", ".log");
        Process process = new ProcessBuilder(command).directory(DIR.toFile())
                .redirectError(log.toFile()).start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(script + " did not finish in " + timeoutSeconds + " s");
        }
        String stderr = Files.readString(log);
        if (process.exitValue() != 0) {
            throw new AssertionError(script + " failed (exit " + process.exitValue() + "):\n" + stderr
                    + new String(out, StandardCharsets.UTF_8));
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    /** {@code npm ci} once per JVM when the packages are missing; a failure leaves the skip to the caller. */
    private static synchronized void installOnce() {
        if (installTried || Files.isDirectory(DIR.resolve("node_modules"))) {
            return;
        }
        installTried = true;
        try {
            Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund").directory(DIR.toFile())
                    .redirectErrorStream(true).start();
            npm.getInputStream().readAllBytes();
            if (!npm.waitFor(300, TimeUnit.SECONDS)) {
                npm.destroyForcibly();
            }
        } catch (IOException e) {
            // npm missing: the assumption below reports the missing package
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean nodeWorks() {
        try {
            Process process = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(20, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
