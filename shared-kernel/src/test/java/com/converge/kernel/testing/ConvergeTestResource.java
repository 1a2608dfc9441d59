package com.converge.kernel.testing;

import com.converge.kernel.events.Topic;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The real infrastructure a service's {@code @QuarkusTest}s run on: the shared test Kafka broker
 * (with the platform's topics and their dead-letter topics created) and a fresh
 * {@code <database>_test} database on the MariaDB server. Init arg {@code database} names the
 * service's database ({@code complaint}, {@code callqueue}, ...).
 */
public class ConvergeTestResource implements QuarkusTestResourceLifecycleManager {

    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", "converge") + "_test";
    }

    @Override
    public Map<String, String> start() {
        KafkaBroker broker = KafkaBroker.shared();
        List<String> topics = new ArrayList<>();
        for (Topic topic : Topic.values()) {
            topics.add(topic.topicName());
            topics.add(topic.deadLetterTopicName());
        }
        broker.createTopics(topics);
        TestDatabase.recreate(database);
        return Map.of(
                "kafka.bootstrap.servers", broker.bootstrapServers(),
                "converge.database", TestDatabase.name(database),
                "quarkus.datasource.username", TestDatabase.user(),
                "quarkus.datasource.password", TestDatabase.password());
    }

    @Override
    public void stop() {
        // The broker is shared by every test in this JVM and stops with it; the database is kept for a post-mortem.
    }
}
