package org.aigc.deploy.kubernetes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Required properties declared in code: top-level methods of {@code @ConfigMapping} interfaces that are
 * neither Optional nor defaulted (e.g. {@code gateway.admin-key}, {@code aigc.labels.hmac-key}).
 * A light source scan, not a compiler: nested groups and maps are not followed.
 */
final class ConfigMappings {

    private static final Pattern PREFIX = Pattern.compile("@ConfigMapping\\(\\s*prefix\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern METHOD = Pattern.compile("^\\s*(String|int|long|boolean|Integer|Long|Boolean|Duration|BigDecimal|URI|URL)\\s+(\\w+)\\(\\);");
    private static final Pattern WITH_NAME = Pattern.compile("@WithName\\(\"([^\"]+)\"\\)");

    private ConfigMappings() {
    }

    static Set<String> requiredProperties(List<Path> sourceRoots) throws IOException {
        Set<String> required = new TreeSet<>();
        for (Path root : sourceRoots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            List<Path> files;
            try (Stream<Path> s = Files.walk(root)) {
                files = s.filter(p -> p.toString().endsWith(".java")).toList();
            }
            for (Path f : files) {
                String src = Files.readString(f);
                Matcher prefix = PREFIX.matcher(src);
                if (prefix.find()) {
                    required.addAll(scan(prefix.group(1), src.substring(prefix.end())));
                }
            }
        }
        return required;
    }

    private static List<String> scan(String prefix, String body) {
        List<String> found = new ArrayList<>();
        int depth = 0;
        List<String> annotations = new ArrayList<>();
        for (String line : body.split("\n")) {
            String code = line.replaceAll("//.*", "");
            if (depth == 1) {
                Matcher m = METHOD.matcher(code);
                if (m.find()) {
                    boolean defaulted = annotations.stream().anyMatch(a -> a.contains("@WithDefault"));
                    String name = annotations.stream().map(WITH_NAME::matcher).filter(Matcher::find)
                            .map(x -> x.group(1)).findFirst().orElse(kebab(m.group(2)));
                    if (!defaulted) {
                        found.add(prefix + "." + name);
                    }
                }
                if (code.trim().startsWith("@")) {
                    annotations.add(code.trim());
                } else if (!code.isBlank() && !code.trim().startsWith("*") && !code.trim().startsWith("/")) {
                    annotations.clear();
                }
            }
            for (char c : code.toCharArray()) {
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            }
        }
        return found;
    }

    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    /** The environment variable SmallRye Config reads for a property. */
    static String envName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(java.util.Locale.ROOT);
    }
}
