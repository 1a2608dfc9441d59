package com.converge.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What a run prints at the end: the figures, the service-to-raw-SQL ratios, each target and check with PASS or FAIL. */
public final class Summary {

    private final List<String> lines = new ArrayList<>();
    private boolean failed;

    public void section(String title) {
        lines.add(title);
    }

    public void figures(Figures... rows) {
        lines.add(Figures.header());
        for (Figures row : rows) {
            lines.add(row.line());
        }
    }

    public void ratio(String what, Figures service, Figures baseline) {
        lines.add(String.format(Locale.ROOT, "  ratio %-28s throughput %.2fx of raw SQL, p50 %.1fx, p99 %.1fx", what,
                service.perSecond() / baseline.perSecond(), service.p50() / baseline.p50(), service.p99() / baseline.p99()));
    }

    /** A target or a correctness check: true passes. */
    public void verdict(String what, boolean passed) {
        failed |= !passed;
        lines.add(String.format(Locale.ROOT, "  %-4s %s", passed ? "PASS" : "FAIL", what));
    }

    public void note(String text) {
        lines.add("  " + text);
    }

    public boolean failed() {
        return failed;
    }

    public void print() {
        lines.forEach(System.out::println);
    }
}
