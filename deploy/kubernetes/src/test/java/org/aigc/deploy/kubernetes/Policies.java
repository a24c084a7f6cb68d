package org.aigc.deploy.kubernetes;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Which NetworkPolicies apply to a pod, and what they let in or out. */
final class Policies {

    final List<NetworkPolicy> all;

    Policies(Manifests manifests) {
        this.all = manifests.all("NetworkPolicy", NetworkPolicy.class);
    }

    static boolean matches(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return false;
        }
        if (selector.getMatchExpressions() != null && !selector.getMatchExpressions().isEmpty()) {
            throw new AssertionError("matchExpressions are not evaluated by this check: " + selector);
        }
        Map<String, String> want = selector.getMatchLabels() == null ? Map.of() : selector.getMatchLabels();
        return want.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
    }

    List<NetworkPolicy> selecting(Map<String, String> podLabels) {
        return all.stream().filter(p -> matches(p.getSpec().getPodSelector(), podLabels)).collect(Collectors.toList());
    }

    List<NetworkPolicyIngressRule> ingress(Map<String, String> podLabels) {
        return selecting(podLabels).stream().flatMap(p -> p.getSpec().getIngress().stream()).collect(Collectors.toList());
    }

    List<NetworkPolicyEgressRule> egress(Map<String, String> podLabels) {
        return selecting(podLabels).stream().flatMap(p -> p.getSpec().getEgress().stream()).collect(Collectors.toList());
    }

    boolean deniesByDefault(Map<String, String> podLabels) {
        return selecting(podLabels).stream().anyMatch(p -> p.getSpec().getPolicyTypes().containsAll(List.of("Ingress", "Egress"))
                && p.getSpec().getIngress().isEmpty() && p.getSpec().getEgress().isEmpty());
    }
}
