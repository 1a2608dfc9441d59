package com.converge.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.converge.kernel.events.Topic;
import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Renders deploy/k8s/overlays/dev and prod offline and checks what an operator would apply. */
class OverlaysTest {

    static Path root;
    static Map<String, Manifests> overlays = new HashMap<>();

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
        for (String overlay : List.of("dev", "prod")) {
            Path dir = root.resolve("deploy/k8s/overlays/" + overlay);
            overlays.put(overlay, Manifests.parse("overlays/" + overlay, Kustomize.render(dir)));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyObjectIsAKnownKindWithOnlyKnownFields(String overlay) {
        CustomResourceFields customResources = CustomResourceFields.load();
        List<String> problems = new ArrayList<>();
        overlays.get(overlay).all().forEach(object -> problems.addAll(KnownKinds.problems(object, customResources)));
        assertThat(problems).as("objects in %s", overlay).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyServiceHasItsDeploymentServiceBudgetAutoscalerPolicyAndRoute(String overlay) {
        Manifests manifests = overlays.get(overlay);
        for (ConvergeService service : ConvergeService.ALL) {
            for (String kind : List.of("Deployment", "Service", "ServiceAccount", "PodDisruptionBudget",
                    "HorizontalPodAutoscaler", "NetworkPolicy", "HTTPRoute")) {
                assertThat(manifests.find(kind, service.name())).as("%s %s in %s", kind, service.name(), overlay).isPresent();
            }
            assertThat(manifests.find("ConfigMap", service.name() + "-config")).as("ConfigMap of " + service.name()).isPresent();
            assertThat(manifests.find("Secret", service.name() + "-creds")).as("Secret of " + service.name()).isPresent();
        }
        assertThat(manifests.ofKind("Deployment")).hasSize(ConvergeService.ALL.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyDeploymentHasProbesResourcesAndALockedDownContainer(String overlay) {
        List<String> problems = new ArrayList<>();
        for (Deployment deployment : overlays.get(overlay).ofKind("Deployment", Deployment.class)) {
            String name = deployment.getMetadata().getName();
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            for (Container container : pod.getContainers()) {
                String where = overlay + " " + name + "/" + container.getName();
                checkProbe(where + " liveness", container.getLivenessProbe(), "/q/health/live", problems);
                checkProbe(where + " readiness", container.getReadinessProbe(), "/q/health/ready", problems);
                var resources = container.getResources();
                for (String resource : List.of("cpu", "memory")) {
                    if (resources == null || resources.getRequests() == null || !resources.getRequests().containsKey(resource)) {
                        problems.add(where + ": no " + resource + " request");
                    }
                    if (resources == null || resources.getLimits() == null || !resources.getLimits().containsKey(resource)) {
                        problems.add(where + ": no " + resource + " limit");
                    }
                }
                boolean podNonRoot = pod.getSecurityContext() != null && Boolean.TRUE.equals(pod.getSecurityContext().getRunAsNonRoot());
                var security = container.getSecurityContext();
                boolean containerNonRoot = security != null && Boolean.TRUE.equals(security.getRunAsNonRoot());
                if (!podNonRoot && !containerNonRoot) {
                    problems.add(where + ": runAsNonRoot is not true");
                }
                if (security == null || !Boolean.TRUE.equals(security.getReadOnlyRootFilesystem())) {
                    problems.add(where + ": readOnlyRootFilesystem is not true");
                }
                if (security == null || !Boolean.FALSE.equals(security.getAllowPrivilegeEscalation())) {
                    problems.add(where + ": allowPrivilegeEscalation is not false");
                }
                boolean tmpIsEmptyDir = container.getVolumeMounts().stream()
                        .filter(m -> m.getMountPath().equals("/tmp"))
                        .anyMatch(m -> pod.getVolumes().stream()
                                .anyMatch(v -> v.getName().equals(m.getName()) && v.getEmptyDir() != null));
                if (!tmpIsEmptyDir) {
                    problems.add(where + ": /tmp is not an emptyDir (the root filesystem is read-only)");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void shutdownFitsInTheGracePeriod(String overlay) {
        Manifests manifests = overlays.get(overlay);
        for (Deployment deployment : manifests.ofKind("Deployment", Deployment.class)) {
            String name = deployment.getMetadata().getName();
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            Map<String, String> env = environment(manifests, pod.getContainers().get(0));
            Duration shutdown = parseDuration(env.getOrDefault("SHUTDOWN_TIMEOUT", "20s"));
            long preStopSleep = pod.getContainers().get(0).getLifecycle() == null ? 0
                    : Long.parseLong(pod.getContainers().get(0).getLifecycle().getPreStop().getExec().getCommand().get(1));
            assertThat(pod.getTerminationGracePeriodSeconds())
                    .as("%s: terminationGracePeriodSeconds >= preStop sleep %ss + quarkus.shutdown.timeout %s + 5s for the JVM",
                            name, preStopSleep, shutdown)
                    .isGreaterThanOrEqualTo(preStopSleep + shutdown.toSeconds() + 5);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyVariableAServiceReadsInTheClusterIsSetFromItsConfigMapOrSecret(String overlay) {
        Manifests manifests = overlays.get(overlay);
        List<String> problems = new ArrayList<>();
        for (ConvergeService service : ConvergeService.ALL) {
            Deployment deployment = Manifests.as(manifests.get("Deployment", service.name()), Deployment.class);
            Container container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
            List<String> configMaps = container.getEnvFrom().stream().filter(e -> e.getConfigMapRef() != null)
                    .map(e -> e.getConfigMapRef().getName()).toList();
            List<String> secrets = container.getEnvFrom().stream().filter(e -> e.getSecretRef() != null)
                    .map(e -> e.getSecretRef().getName()).toList();
            assertThat(configMaps).as(service.name() + " envFrom ConfigMaps").containsExactly(service.name() + "-config");
            assertThat(secrets).as(service.name() + " envFrom Secrets").containsExactly(service.name() + "-creds");
            Map<String, String> fromConfigMap = environment(manifests, container);
            Set<String> fromSecret = secretKeys(manifests.get("Secret", service.name() + "-creds"));
            for (String variable : service.environmentReadInCluster(root)) {
                if (!fromConfigMap.containsKey(variable) && !fromSecret.contains(variable)) {
                    problems.add(overlay + " " + service.name() + ": " + variable + " is set by neither "
                            + service.name() + "-config nor " + service.name() + "-creds");
                }
            }
            if (!fromSecret.contains("MYSQL_PASSWORD") || fromConfigMap.containsKey("MYSQL_PASSWORD")) {
                problems.add(overlay + " " + service.name() + ": MYSQL_PASSWORD must come from the Secret only");
            }
            if (!"cluster".equals(fromConfigMap.get("QUARKUS_PROFILE"))) {
                problems.add(overlay + " " + service.name() + ": QUARKUS_PROFILE is not cluster");
            }
            if (!service.database().equals(fromConfigMap.get("CONVERGE_DATABASE"))) {
                problems.add(overlay + " " + service.name() + ": CONVERGE_DATABASE is not " + service.database());
            }
            checkPublicKeyIsMounted(manifests, deployment, fromConfigMap.get("MP_JWT_VERIFY_PUBLICKEY_LOCATION"), problems);
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void noSecretCarriesAValue() {
        overlays.forEach((overlay, manifests) -> manifests.ofKind("Secret").forEach(secret -> {
            assertThat(secret.has("data") || secret.has("stringData"))
                    .as("%s %s must be a template without values", overlay, Manifests.nameOf(secret)).isFalse();
        }));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyTopicTheCodeUsesAndItsDeadLetterTopicExists(String overlay) {
        Manifests manifests = overlays.get(overlay);
        int brokers = manifests.ofKind("KafkaNodePool").stream()
                .filter(pool -> pool.path("spec").path("roles").toString().contains("broker"))
                .mapToInt(pool -> pool.path("spec").path("replicas").asInt()).sum();
        for (Topic topic : Topic.values()) {
            for (String name : List.of(topic.topicName(), topic.deadLetterTopicName())) {
                JsonNode kafkaTopic = manifests.find("KafkaTopic", name)
                        .orElseThrow(() -> new AssertionError(overlay + " has no KafkaTopic " + name + " (used by " + topic + ")"));
                JsonNode spec = kafkaTopic.path("spec");
                assertThat(spec.path("partitions").asInt()).as(name + " partitions").isPositive();
                assertThat(spec.path("config").path("retention.ms").asLong()).as(name + " retention.ms").isPositive();
                int replicas = spec.path("replicas").asInt();
                int minInSync = spec.path("config").path("min.insync.replicas").asInt();
                assertThat(replicas).as(name + " replicas vs %d brokers", brokers).isBetween(1, brokers);
                assertThat(minInSync).as(name + " min.insync.replicas").isBetween(1, replicas);
                if (overlay.equals("prod")) {
                    assertThat(replicas).as(name + " replicas").isEqualTo(3);
                    assertThat(minInSync).as(name + " min.insync.replicas").isEqualTo(2);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyServiceHasItsOwnDatabaseAndAUserGrantedOnlyThat(String overlay) {
        Manifests manifests = overlays.get(overlay);
        for (ConvergeService service : ConvergeService.ALL) {
            ConfigMap config = Manifests.as(manifests.get("ConfigMap", service.name() + "-config"), ConfigMap.class);
            String user = config.getData().get("MYSQL_USER");
            assertThat(manifests.find("Database", service.database())).as("Database " + service.database()).isPresent();
            JsonNode userObject = manifests.get("User", user);
            assertThat(userObject.path("spec").path("passwordSecretKeyRef").path("name").asText())
                    .as("User %s takes its password from the service's Secret", user).isEqualTo(service.name() + "-creds");
            List<JsonNode> grants = manifests.ofKind("Grant").stream()
                    .filter(g -> g.path("spec").path("username").asText().equals(user)).toList();
            assertThat(grants).as("grants of " + user).isNotEmpty();
            for (JsonNode grant : grants) {
                assertThat(grant.path("spec").path("database").asText()).as("grant of " + user).isEqualTo(service.database());
                assertThat(grant.path("spec").path("grantOption").asBoolean()).as("grant option of " + user).isFalse();
                assertThat(grant.path("spec").path("privileges").toString()).as("privileges of " + user)
                        .doesNotContain("ALL", "SUPER", "GRANT", "FILE", "PROCESS");
            }
        }
    }

    @Test
    void devRunsOnePodAndProdThreeToSixSpreadOverZones() {
        for (HorizontalPodAutoscaler hpa : overlays.get("dev").ofKind("HorizontalPodAutoscaler", HorizontalPodAutoscaler.class)) {
            assertThat(hpa.getSpec().getMinReplicas()).as("dev " + hpa.getMetadata().getName()).isEqualTo(1);
        }
        int partitions = Topic.values().length == 0 ? 0 : overlays.get("prod").get("KafkaTopic", Topic.BOOKING_EVENTS.topicName())
                .path("spec").path("partitions").asInt();
        for (HorizontalPodAutoscaler hpa : overlays.get("prod").ofKind("HorizontalPodAutoscaler", HorizontalPodAutoscaler.class)) {
            assertThat(hpa.getSpec().getMinReplicas()).as("prod " + hpa.getMetadata().getName()).isEqualTo(3);
            assertThat(hpa.getSpec().getMaxReplicas()).as("prod " + hpa.getMetadata().getName() + " (at most the partitions)")
                    .isBetween(3, partitions);
            assertThat(hpa.getSpec().getMetrics()).anyMatch(m -> m.getResource() != null && m.getResource().getName().equals("cpu"));
        }
        for (Deployment deployment : overlays.get("prod").ofKind("Deployment", Deployment.class)) {
            assertThat(deployment.getSpec().getReplicas()).as("the HPA owns the replica count").isNull();
            assertThat(deployment.getSpec().getTemplate().getSpec().getTopologySpreadConstraints())
                    .as("prod " + deployment.getMetadata().getName() + " spread over zones")
                    .anyMatch(c -> c.getTopologyKey().equals("topology.kubernetes.io/zone")
                            && c.getWhenUnsatisfiable().equals("DoNotSchedule"));
            Quantity devMemory = Manifests.as(overlays.get("dev").get("Deployment", deployment.getMetadata().getName()), Deployment.class)
                    .getSpec().getTemplate().getSpec().getContainers().get(0).getResources().getLimits().get("memory");
            Quantity prodMemory = deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getResources().getLimits().get("memory");
            assertThat(Quantity.getAmountInBytes(prodMemory)).isGreaterThan(Quantity.getAmountInBytes(devMemory));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void oneHostRoutesEachPathToItsService(String overlay) {
        Manifests manifests = overlays.get(overlay);
        Set<String> hosts = new TreeSet<>();
        for (ConvergeService service : ConvergeService.ALL) {
            HTTPRoute route = Manifests.as(manifests.get("HTTPRoute", service.name()), HTTPRoute.class);
            hosts.addAll(route.getSpec().getHostnames());
            var rule = route.getSpec().getRules().get(0);
            assertThat(rule.getMatches().get(0).getPath().getValue()).startsWith(service.routePrefix() + "/");
            String backend = rule.getBackendRefs().get(0).getName();
            assertThat(backend).isEqualTo(service.name());
            assertThat(manifests.find("Service", backend)).isPresent();
            assertThat(manifests.find("Gateway", route.getSpec().getParentRefs().get(0).getName())).isPresent();
        }
        assertThat(hosts).hasSize(1);
    }

    private static void checkProbe(String where, Probe probe, String path, List<String> problems) {
        if (probe == null || probe.getHttpGet() == null) {
            problems.add(where + " probe is missing");
        } else if (!path.equals(probe.getHttpGet().getPath())) {
            problems.add(where + " probe checks " + probe.getHttpGet().getPath() + ", not " + path);
        }
    }

    /** The variables the container gets from its ConfigMaps (values) and env entries. */
    static Map<String, String> environment(Manifests manifests, Container container) {
        Map<String, String> env = new HashMap<>();
        for (EnvFromSource source : container.getEnvFrom()) {
            if (source.getConfigMapRef() != null) {
                manifests.find("ConfigMap", source.getConfigMapRef().getName())
                        .map(c -> Manifests.as(c, ConfigMap.class))
                        .ifPresent(c -> env.putAll(c.getData()));
            }
        }
        container.getEnv().forEach(e -> env.put(e.getName(), e.getValue()));
        return env;
    }

    private static Set<String> secretKeys(JsonNode secret) {
        Set<String> keys = new TreeSet<>();
        String declared = secret.path("metadata").path("annotations").path("converge.io/required-keys").asText("");
        for (String key : declared.split(",")) {
            if (!key.isBlank()) {
                keys.add(key.strip());
            }
        }
        return keys;
    }

    private static void checkPublicKeyIsMounted(Manifests manifests, Deployment deployment, String location, List<String> problems) {
        String name = deployment.getMetadata().getName();
        if (location == null || !location.startsWith("file:")) {
            problems.add(name + ": MP_JWT_VERIFY_PUBLICKEY_LOCATION should be a file: path, is " + location);
            return;
        }
        Path file = Path.of(location.substring("file:".length()));
        PodSpec pod = deployment.getSpec().getTemplate().getSpec();
        VolumeMount mount = pod.getContainers().get(0).getVolumeMounts().stream()
                .filter(m -> Path.of(m.getMountPath()).equals(file.getParent())).findFirst().orElse(null);
        if (mount == null) {
            problems.add(name + ": nothing is mounted at " + file.getParent());
            return;
        }
        Volume volume = pod.getVolumes().stream().filter(v -> v.getName().equals(mount.getName())).findFirst().orElseThrow();
        String configMapName = volume.getConfigMap() == null ? null : volume.getConfigMap().getName();
        boolean hasKey = configMapName != null && manifests.find("ConfigMap", configMapName)
                .map(c -> c.path("data").has(file.getFileName().toString())).orElse(false);
        if (!hasKey) {
            problems.add(name + ": no ConfigMap provides " + file);
        }
    }

    private static Duration parseDuration(String value) {
        return value.startsWith("P") ? Duration.parse(value) : Duration.parse("PT" + value.toUpperCase());
    }
}
