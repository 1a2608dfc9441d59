package com.converge.complaint.application.port.inbound;

import com.converge.complaint.domain.CustomerHealth;
import com.converge.complaint.domain.HealthBand;
import com.converge.complaint.domain.HealthSnapshot;
import java.util.List;

/** The health assessed now, its band, whether risk was raised for it, and the daily trend (oldest first). */
public record CustomerHealthReport(CustomerHealth health, HealthBand band, boolean atRisk, int trendDays,
                                   List<HealthSnapshot> trend) {
}
