package com.converge.complaint.adapter.outbound.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ComplaintPanacheRepository implements PanacheRepositoryBase<ComplaintEntity, String> {
}
