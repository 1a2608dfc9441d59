package com.converge.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the newest HTML report of a simulation is, under Gatling's results folder. */
public final class GatlingReport {

    private GatlingReport() {
    }

    public static Path newestIndex(Path resultsFolder, String simulationClass) throws IOException {
        String prefix = simulationClass.substring(simulationClass.lastIndexOf('.') + 1).toLowerCase() + "-";
        try (var reports = Files.list(resultsFolder)) {
            return reports.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .map(p -> p.resolve("index.html"))
                    .filter(Files::exists)
                    .max((a, b) -> a.getParent().getFileName().toString().compareTo(b.getParent().getFileName().toString()))
                    .orElseThrow(() -> new IllegalStateException("no Gatling report of " + simulationClass + " in " + resultsFolder));
        }
    }
}
