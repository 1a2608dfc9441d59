package com.converge.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A service as deploy/k8s knows it: its name, database, the gateway path, and the environment it reads. */
record ConvergeService(String name, String database, String routePrefix) {

    static final List<ConvergeService> ALL = List.of(
            new ConvergeService("booking-service", "booking", "/booking"),
            new ConvergeService("complaint-service", "complaint", "/complaints"),
            new ConvergeService("order-service", "orders", "/orders"),
            new ConvergeService("callqueue-service", "callqueue", "/callqueue"));

    private static final Pattern ENV_PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::[^}]*)?}");

    /**
     * Every environment variable the service's configuration refers to (${NAME} or ${NAME:default}
     * in shared-kernel's defaults and the service's application.properties, outside the dev, test
     * and local profiles), plus what the cluster profile itself needs. Defaults point at localhost,
     * so in a cluster each must be set explicitly.
     */
    Set<String> environmentReadInCluster(Path root) {
        Set<String> names = new TreeSet<>(List.of("QUARKUS_PROFILE", "MP_JWT_VERIFY_PUBLICKEY_LOCATION"));
        names.addAll(placeholders(root.resolve("shared-kernel/src/main/resources/META-INF/microprofile-config.properties")));
        names.addAll(placeholders(root.resolve(name + "/src/main/resources/application.properties")));
        return names;
    }

    private static Set<String> placeholders(Path properties) {
        Set<String> names = new TreeSet<>();
        if (!Files.exists(properties)) {
            return names;
        }
        try {
            for (String line : Files.readAllLines(properties)) {
                String trimmed = line.strip();
                if (trimmed.startsWith("#") || trimmedProfileExcludesCluster(trimmed)) {
                    continue;
                }
                Matcher matcher = ENV_PLACEHOLDER.matcher(trimmed);
                while (matcher.find()) {
                    names.add(matcher.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    private static boolean trimmedProfileExcludesCluster(String line) {
        if (!line.startsWith("%")) {
            return false;
        }
        String profiles = line.substring(1, line.indexOf('.'));
        return !List.of(profiles.split(",")).contains("cluster");
    }
}
