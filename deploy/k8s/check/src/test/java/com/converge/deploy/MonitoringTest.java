package com.converge.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.fabric8.openshift.api.model.monitoring.v1.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** deploy/k8s/monitoring: typed, every alert has a runbook line, every dashboard is Grafana JSON. */
class MonitoringTest {

    static Path root;
    static Manifests monitoring;

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
        monitoring = Manifests.parse("monitoring", Kustomize.render(root.resolve("deploy/k8s/monitoring")));
    }

    @Test
    void everyObjectIsAKnownKindWithOnlyKnownFields() {
        CustomResourceFields customResources = CustomResourceFields.load();
        List<String> problems = new ArrayList<>();
        monitoring.all().forEach(object -> problems.addAll(KnownKinds.problems(object, customResources)));
        assertThat(problems).isEmpty();
    }

    @Test
    void everyAlertHasARunbookLineInTheDeployReadme() throws IOException {
        String readme = Files.readString(root.resolve("deploy/README.md"));
        List<String> alerts = new ArrayList<>();
        for (PrometheusRule rules : monitoring.ofKind("PrometheusRule", PrometheusRule.class)) {
            rules.getSpec().getGroups().forEach(group -> group.getRules().stream().map(Rule::getAlert).forEach(alerts::add));
        }
        assertThat(alerts).contains("ConvergeOutboxBacklogGrowing", "ConvergeConsumerLag", "ConvergeDeadLetters",
                "ConvergeSlaBreachRate", "ConvergeReadinessFlapping");
        for (PrometheusRule rules : monitoring.ofKind("PrometheusRule", PrometheusRule.class)) {
            for (var group : rules.getSpec().getGroups()) {
                for (Rule rule : group.getRules()) {
                    assertThat(readme).as("runbook line for " + rule.getAlert()).contains("### " + rule.getAlert());
                    assertThat(rule.getAnnotations().get("runbook_url"))
                            .endsWith("deploy/README.md#" + rule.getAlert().toLowerCase(Locale.ROOT));
                }
            }
        }
    }

    @Test
    void thereIsADashboardPerServiceAndOneForThePlatform() throws IOException {
        ConfigMap dashboards = Manifests.as(monitoring.get("ConfigMap", "converge-dashboards"), ConfigMap.class);
        assertThat(dashboards.getMetadata().getLabels()).containsEntry("grafana_dashboard", "1");
        List<String> expected = new ArrayList<>(ConvergeService.ALL.stream().map(s -> s.name() + ".json").toList());
        expected.add("converge-platform.json");
        assertThat(dashboards.getData().keySet()).containsExactlyInAnyOrderElementsOf(expected);
        ObjectMapper json = new ObjectMapper();
        for (var dashboard : dashboards.getData().entrySet()) {
            JsonNode tree = json.readTree(dashboard.getValue());
            assertThat(tree.path("uid").asText()).as(dashboard.getKey() + " uid").isNotBlank();
            assertThat(tree.path("panels")).as(dashboard.getKey() + " panels").isNotEmpty();
            tree.path("panels").forEach(panel -> assertThat(panel.path("targets").get(0).path("expr").asText())
                    .as(dashboard.getKey() + " / " + panel.path("title").asText()).isNotBlank());
        }
    }
}
