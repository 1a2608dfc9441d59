package com.converge.complaint.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** converge.health.*: the refresh pass, and when a score is news (CustomerHealthChanged, CustomerAtRisk). */
@ConfigMapping(prefix = "converge.health")
public interface CustomerHealthConfig {

    /** Read by the scheduler's own expression; declared so the property is known. */
    @WithDefault("5s")
    String refreshInterval();

    /** Read by the scheduler's own expression: when every customer is marked for the day's reassessment. */
    @WithDefault("0 30 0 * * ?")
    String dailyCron();

    @WithDefault("200")
    int batchSize();

    /** Points a score must move from the last published one for CustomerHealthChanged. */
    @WithDefault("5")
    int changeThreshold();

    /** Below this a customer is at risk (band at_risk). */
    @WithDefault("40")
    int atRiskBelow();

    /** A drop of more than this many points from the window's best daily score puts a customer at risk. */
    @WithDefault("15")
    int dropPoints();

    @WithDefault("7D")
    Duration dropWindow();

    /** The day of a daily snapshot. */
    @WithDefault("Asia/Kolkata")
    String timeZone();
}
