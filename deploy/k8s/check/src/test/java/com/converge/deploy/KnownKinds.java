package com.converge.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.Gateway;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.openshift.api.model.monitoring.v1.PodMonitor;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The kinds and API versions deploy/k8s may contain, each with its typed fabric8 model. The
 * models keep any field they do not know in {@code additionalProperties}; a non-empty one is a typo
 * or a field of another API version, which the API server would drop or reject.
 *
 * <p>The operators' custom resources (Strimzi, mariadb-operator) have no model on the classpath:
 * Strimzi's own model pins another fabric8 version and mariadb-operator publishes none. They are
 * checked against {@link CustomResourceFields} instead.
 */
final class KnownKinds {

    static final Map<String, Class<?>> TYPED = Map.ofEntries(
            Map.entry("v1/Namespace", Namespace.class),
            Map.entry("v1/ServiceAccount", ServiceAccount.class),
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Secret", Secret.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("gateway.networking.k8s.io/v1/Gateway", Gateway.class),
            Map.entry("gateway.networking.k8s.io/v1/HTTPRoute", HTTPRoute.class),
            Map.entry("monitoring.coreos.com/v1/ServiceMonitor", ServiceMonitor.class),
            Map.entry("monitoring.coreos.com/v1/PodMonitor", PodMonitor.class),
            Map.entry("monitoring.coreos.com/v1/PrometheusRule", PrometheusRule.class));

    private KnownKinds() {
    }

    static String key(JsonNode object) {
        return object.path("apiVersion").asText() + "/" + object.path("kind").asText();
    }

    /** What is wrong with one object: an unknown kind, or the paths of the fields its model does not know. */
    static List<String> problems(JsonNode object, CustomResourceFields customResources) {
        String key = key(object);
        Class<?> type = TYPED.get(key);
        if (type != null) {
            List<String> unknown = new ArrayList<>();
            collectUnknownFields(Manifests.as(object, type), "", unknown);
            return unknown.stream().map(p -> Manifests.describe(object) + ": unknown field " + p).toList();
        }
        Optional<List<String>> unknown = customResources.unknownFields(key, object);
        if (unknown.isPresent()) {
            return unknown.get().stream().map(p -> Manifests.describe(object) + ": unknown field " + p).toList();
        }
        return List.of(Manifests.describe(object) + ": unknown kind or API version " + key);
    }

    private static void collectUnknownFields(Object model, String path, List<String> unknown) {
        if (model == null) {
            return;
        }
        if (model instanceof Collection<?> items) {
            int index = 0;
            for (Object item : items) {
                collectUnknownFields(item, path + "[" + index++ + "]", unknown);
            }
            return;
        }
        if (model instanceof Map<?, ?> entries) {
            entries.forEach((key, value) -> collectUnknownFields(value, path + "." + key, unknown));
            return;
        }
        if (!model.getClass().getName().startsWith("io.fabric8.")) {
            return;
        }
        for (Method getter : model.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || !getter.getName().startsWith("get") || getter.getName().equals("getClass")) {
                continue;
            }
            Object value;
            try {
                value = getter.invoke(model);
            } catch (IllegalAccessException | InvocationTargetException e) {
                continue; // a derived value (plural name and the like), not a field
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    extra.keySet().forEach(name -> unknown.add(path.isEmpty() ? String.valueOf(name) : path + "." + name));
                }
            } else {
                String property = Character.toLowerCase(getter.getName().charAt(3)) + getter.getName().substring(4);
                collectUnknownFields(value, path.isEmpty() ? property : path + "." + property, unknown);
            }
        }
    }
}
