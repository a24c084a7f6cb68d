package org.aigc.deploy.kubernetes;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import java.util.LinkedHashMap;
import java.util.Map;

/** The environment a container really gets: env entries plus the keys of the ConfigMaps it imports. */
final class ContainerEnv {

    /** One variable: a literal/ConfigMap value, or a reference to a Secret key. */
    record Var(String name, String value, SecretKeySelector secret) {
        boolean optionalSecret() {
            return secret != null && Boolean.TRUE.equals(secret.getOptional());
        }
    }

    final Map<String, Var> vars = new LinkedHashMap<>();

    static ContainerEnv of(Container container, Manifests manifests) {
        ContainerEnv env = new ContainerEnv();
        for (EnvFromSource from : container.getEnvFrom()) {
            if (from.getConfigMapRef() == null) {
                throw new AssertionError(container.getName() + ": envFrom other than a ConfigMap is not used here: " + from);
            }
            String cm = from.getConfigMapRef().getName();
            var data = manifests.configMapData(cm)
                    .orElseThrow(() -> new AssertionError("envFrom references a missing ConfigMap " + cm));
            data.fields().forEachRemaining(e -> env.vars.put(e.getKey(), new Var(e.getKey(), e.getValue().asText(), null)));
        }
        for (EnvVar var : container.getEnv()) {
            if (var.getValueFrom() == null) {
                env.vars.put(var.getName(), new Var(var.getName(), var.getValue(), null));
            } else if (var.getValueFrom().getSecretKeyRef() != null) {
                env.vars.put(var.getName(), new Var(var.getName(), null, var.getValueFrom().getSecretKeyRef()));
            } else if (var.getValueFrom().getConfigMapKeyRef() != null) {
                var ref = var.getValueFrom().getConfigMapKeyRef();
                String value = manifests.configMapData(ref.getName()).map(d -> d.path(ref.getKey()))
                        .filter(n -> !n.isMissingNode()).map(n -> n.asText())
                        .orElseThrow(() -> new AssertionError(var.getName() + " references missing " + ref));
                env.vars.put(var.getName(), new Var(var.getName(), value, null));
            } else {
                env.vars.put(var.getName(), new Var(var.getName(), "<fieldRef>", null));
            }
        }
        return env;
    }

    String value(String name) {
        Var v = vars.get(name);
        return v == null ? null : v.value();
    }
}
