package com.converge.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code kubectl kustomize}, which renders offline. Nothing here talks to an API server: no
 * apply, no {@code --dry-run} (it would call localhost:8080, which may be one of our services).
 */
final class Kustomize {

    static final String INSTALL_HINT = "kubectl is not on the PATH, so deploy/k8s was NOT checked: install kubectl 1.27 or"
            + " newer (it includes kustomize; https://kubernetes.io/docs/tasks/tools/) and run the build again";

    private static Boolean available;

    private Kustomize() {
    }

    /** Whether kubectl runs here; says once on stderr when it does not, so a skipped check is never silent. */
    static synchronized boolean available() {
        if (available == null) {
            try {
                available = run(List.of("kubectl", "version", "--client")).exitCode == 0;
            } catch (IOException e) {
                available = false;
            }
            if (!available) {
                System.err.println("[WARNING] " + INSTALL_HINT);
            }
        }
        return available;
    }

    /** The rendered multi-document YAML of a kustomization directory; fails with kustomize's message. */
    static String render(Path kustomization) {
        try {
            Result result = run(List.of("kubectl", "kustomize", kustomization.toString()));
            if (result.exitCode != 0) {
                throw new AssertionError("kubectl kustomize " + kustomization + " failed:\n" + result.stderr);
            }
            return result.stdout;
        } catch (IOException e) {
            throw new AssertionError("could not run kubectl kustomize " + kustomization, e);
        }
    }

    private static Result run(List<String> command) throws IOException {
        Path stdout = Files.createTempFile("kustomize", ".out");
        Path stderr = Files.createTempFile("kustomize", ".err");
        try {
            Process process = new ProcessBuilder(command)
                    .redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile())
                    .start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish within 120 s");
            }
            return new Result(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                    Files.readString(stderr, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }

    private record Result(int exitCode, String stdout, String stderr) {
    }
}
