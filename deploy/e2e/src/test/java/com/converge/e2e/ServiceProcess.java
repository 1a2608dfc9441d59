package com.converge.e2e;

import com.converge.kernel.events.Topic;
import com.converge.kernel.testing.ConvergeProject;
import com.converge.kernel.testing.KafkaBroker;
import com.converge.kernel.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A packaged service ({@code <module>/target/quarkus-app/quarkus-run.jar}) running as its own
 * process, as the local stack runs it: profile {@code local}, the test broker, its own database.
 */
final class ServiceProcess implements AutoCloseable {

    private final String module;
    private final String database;
    private final int port;
    private final Path log;
    private Process process;

    ServiceProcess(String module, String database) {
        this.module = module;
        this.database = database;
        this.port = freePort();
        try {
            this.log = Files.createTempFile("converge-e2e-" + module, ".log");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every topic and its dead-letter topic, on the test broker, as the local stack creates them. */
    static void createEveryTopic() {
        List<String> topics = new ArrayList<>();
        for (Topic topic : Topic.values()) {
            topics.add(topic.topicName());
            topics.add(topic.deadLetterTopicName());
        }
        KafkaBroker.shared().createTopics(topics);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Starts the process and waits until /q/health/ready answers 200. */
    ServiceProcess start() {
        Path jar = ConvergeProject.root().resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (./mvnw verify does)");
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-XX:+UseSerialGC",
                "-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(Map.of(
                "QUARKUS_PROFILE", "local",
                "QUARKUS_HTTP_PORT", String.valueOf(port),
                "QUARKUS_HTTP_HOST", "127.0.0.1",
                "KAFKA_BOOTSTRAP_SERVERS", KafkaBroker.shared().bootstrapServers(),
                "CONVERGE_DATABASE", TestDatabase.name(database),
                "MYSQL_HOST", TestDatabase.host(),
                "MYSQL_PORT", TestDatabase.port(),
                "MYSQL_USER", TestDatabase.user(),
                "MYSQL_PASSWORD", TestDatabase.password(),
                "OUTBOX_POLL_INTERVAL", "1s"));
        // nothing to drain between tests; see quarkus.shutdown.timeout in the kernel's configuration
        builder.environment().put("SHUTDOWN_TIMEOUT", "0s");
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + module, e);
        }
        // generous: several services may start at once on a busy two-core build machine
        awaitReady(Duration.ofSeconds(240));
        return this;
    }

    /** SIGKILL: no shutdown hook, no graceful drain, as when a node dies. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private void awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready")).timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(module + " exited during start; log: " + log);
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(250));
        }
        throw new IllegalStateException(module + " was not ready within " + timeout + "; log: " + log);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
