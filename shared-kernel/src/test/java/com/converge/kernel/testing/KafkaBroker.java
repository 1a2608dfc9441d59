package com.converge.kernel.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * A real Kafka broker (KRaft, single node) in a child process, started once per test JVM with
 * {@code deploy/local/kafka/broker.sh}, the same script the local stack uses, on free ports and a
 * fresh data directory, and stopped when the JVM exits.
 */
public final class KafkaBroker {

    private static KafkaBroker shared;

    private final Process process;
    private final String bootstrapServers;
    private final Path dataDir;

    private KafkaBroker(Process process, String bootstrapServers, Path dataDir) {
        this.process = process;
        this.bootstrapServers = bootstrapServers;
        this.dataDir = dataDir;
    }

    public static synchronized KafkaBroker shared() {
        if (shared == null) {
            shared = start();
            KafkaBroker started = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "kafka-broker-stop"));
        }
        return shared;
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Creates topics (3 partitions) if they do not exist yet. */
    public void createTopics(Collection<String> topics) {
        try (Admin admin = admin()) {
            List<NewTopic> newTopics = topics.stream().map(t -> new NewTopic(t, 3, (short) 1)).toList();
            admin.createTopics(newTopics).values().forEach((topic, future) -> {
                try {
                    future.get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create topic " + topic, e.getCause());
                    }
                } catch (Exception e) {
                    throw new IllegalStateException("cannot create topic " + topic, e);
                }
            });
        }
    }

    public Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    private static KafkaBroker start() {
        Path script = ConvergeProject.root().resolve("deploy/local/kafka/broker.sh");
        try {
            Path dataDir = Files.createTempDirectory("converge-test-kafka");
            int port = freePort();
            int controllerPort = freePort();
            Process process = new ProcessBuilder("bash", script.toString(), dataDir.toString(),
                    String.valueOf(port), String.valueOf(controllerPort))
                    .redirectErrorStream(true)
                    .redirectOutput(dataDir.resolve("broker.log").toFile())
                    .start();
            KafkaBroker broker = new KafkaBroker(process, "127.0.0.1:" + port, dataDir);
            broker.awaitReady(Duration.ofSeconds(90));
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the test Kafka broker with " + script, e);
        }
    }

    private void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the test Kafka broker exited; see " + dataDir.resolve("broker.log"));
            }
            try (Admin admin = admin()) {
                admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
                return;
            } catch (Exception e) {
                last = e;
            }
        }
        stop();
        throw new IllegalStateException("the test Kafka broker did not become ready; see " + dataDir.resolve("broker.log"), last);
    }

    private void stop() {
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
