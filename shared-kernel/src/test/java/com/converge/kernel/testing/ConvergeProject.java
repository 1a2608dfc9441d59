package com.converge.kernel.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the checked-out project is, found from the test's working directory (a module directory). */
public final class ConvergeProject {

    private ConvergeProject() {
    }

    public static Path root() {
        String configured = System.getProperty("converge.root");
        if (configured != null) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("deploy/local/kafka/broker.sh"))) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find the Converge project root above " + Path.of("").toAbsolutePath());
    }
}
