package com.converge.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * deploy/k8s/base is written by hand for operators to read and change; each service's build writes
 * what the quarkus-kubernetes extension makes of its configuration to target/kubernetes. This
 * keeps the two saying the same thing about what matters to the pod.
 */
class GeneratedManifestsTest {

    static Path root;
    static Manifests base;

    /** Each test is reported as skipped, with what to install, when kubectl is missing. */
    @BeforeEach
    void needsKubectl() {
        assumeTrue(Kustomize.available(), Kustomize.INSTALL_HINT);
    }

    @BeforeAll
    static void render() {
        if (!Kustomize.available()) {
            return;
        }
        root = Path.of(System.getProperty("converge.root", "../../..")).toAbsolutePath().normalize();
        base = Manifests.parse("base", Kustomize.render(root.resolve("deploy/k8s/base")));
    }

    static List<String> services() {
        return ConvergeService.ALL.stream().map(ConvergeService::name).toList();
    }

    @ParameterizedTest
    @MethodSource("services")
    void baseDeploymentAndServiceMatchWhatTheBuildGenerates(String service) throws IOException {
        Path generatedFile = root.resolve(service + "/target/kubernetes/kubernetes.yml");
        assumeTrue(Files.exists(generatedFile), generatedFile + " does not exist, so base was NOT compared with it:"
                + " build the services first (./mvnw -B verify builds them before this module)");
        Manifests generated = Manifests.parse(generatedFile.toString(), Files.readString(generatedFile));

        Deployment expected = Manifests.as(generated.get("Deployment", service), Deployment.class);
        Deployment actual = Manifests.as(base.get("Deployment", service), Deployment.class);
        assertThat(keyFields(actual)).as("deploy/k8s/base/%s/deployment.yaml vs %s", service, generatedFile)
                .containsExactlyEntriesOf(keyFields(expected));

        Service expectedService = Manifests.as(generated.get("Service", service), Service.class);
        Service actualService = Manifests.as(base.get("Service", service), Service.class);
        assertThat(actualService.getSpec().getSelector()).isEqualTo(expectedService.getSpec().getSelector());
        assertThat(actualService.getSpec().getPorts()).hasSameSizeAs(expectedService.getSpec().getPorts());
        for (int i = 0; i < expectedService.getSpec().getPorts().size(); i++) {
            var want = expectedService.getSpec().getPorts().get(i);
            var have = actualService.getSpec().getPorts().get(i);
            assertThat(List.of(have.getName(), have.getPort(), have.getTargetPort().getValue()))
                    .as(service + " Service port").isEqualTo(List.of(want.getName(), want.getPort(), want.getTargetPort().getValue()));
        }
    }

    private static Map<String, Object> keyFields(Deployment deployment) {
        PodSpec pod = deployment.getSpec().getTemplate().getSpec();
        Container container = pod.getContainers().get(0);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("selector", new TreeMap<>(deployment.getSpec().getSelector().getMatchLabels()));
        fields.put("serviceAccountName", pod.getServiceAccountName());
        fields.put("automountServiceAccountToken", pod.getAutomountServiceAccountToken());
        fields.put("terminationGracePeriodSeconds", pod.getTerminationGracePeriodSeconds());
        fields.put("podSecurityContext", String.valueOf(pod.getSecurityContext()));
        fields.put("volumes", pod.getVolumes().stream()
                .map(v -> v.getName() + (v.getEmptyDir() != null ? ":emptyDir"
                        : ":configMap=" + v.getConfigMap().getName() + " mode=" + v.getConfigMap().getDefaultMode()))
                .sorted().toList());
        fields.put("container", container.getName());
        fields.put("image", container.getImage());
        fields.put("ports", container.getPorts().stream().map(p -> p.getName() + "=" + p.getContainerPort()).toList());
        fields.put("envFrom", container.getEnvFrom().stream()
                .map(e -> e.getConfigMapRef() != null ? "configMap:" + e.getConfigMapRef().getName() : "secret:" + e.getSecretRef().getName())
                .toList());
        fields.put("env", container.getEnv().stream().map(e -> e.getName() + "=" + e.getValue()).sorted().toList());
        fields.put("startupProbe", probe(container.getStartupProbe()));
        fields.put("livenessProbe", probe(container.getLivenessProbe()));
        fields.put("readinessProbe", probe(container.getReadinessProbe()));
        fields.put("requests", String.valueOf(new TreeMap<>(container.getResources().getRequests())));
        fields.put("limits", String.valueOf(new TreeMap<>(container.getResources().getLimits())));
        fields.put("securityContext", String.valueOf(container.getSecurityContext()));
        fields.put("preStop", container.getLifecycle() == null ? null : container.getLifecycle().getPreStop().getExec().getCommand());
        fields.put("volumeMounts", container.getVolumeMounts().stream()
                .map(m -> m.getName() + "@" + m.getMountPath() + (Boolean.TRUE.equals(m.getReadOnly()) ? ":ro" : ""))
                .sorted().toList());
        return fields;
    }

    private static String probe(Probe probe) {
        if (probe == null) {
            return null;
        }
        return probe.getHttpGet().getPath() + ":" + probe.getHttpGet().getPort().getValue()
                + " delay=" + probe.getInitialDelaySeconds() + " period=" + probe.getPeriodSeconds()
                + " timeout=" + probe.getTimeoutSeconds() + " failures=" + probe.getFailureThreshold();
    }
}
