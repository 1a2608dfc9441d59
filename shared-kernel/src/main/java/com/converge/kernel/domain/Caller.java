package com.converge.kernel.domain;

import java.util.Objects;
import java.util.Set;

/**
 * Who is calling, from their verified token: a CUSTOMER's subject is their customer id; staff
 * (SUPPORT, AGENT, ADMIN) are identified by their user id.
 */
public record Caller(String subject, Set<Role> roles) {

    public Caller {
        Objects.requireNonNull(subject, "subject");
        roles = Set.copyOf(roles);
    }

    public boolean is(Role role) {
        return roles.contains(role);
    }

    /** Staff see every customer's data; a caller with only the CUSTOMER role sees their own. */
    public boolean isStaff() {
        return is(Role.SUPPORT) || is(Role.AGENT) || is(Role.ADMIN);
    }

    public boolean isCustomerOnly() {
        return is(Role.CUSTOMER) && !isStaff();
    }

    public CustomerId customerId() {
        return CustomerId.of(subject);
    }

    /** True when this caller may see data of {@code owner}. */
    public boolean mayAccess(CustomerId owner) {
        return isStaff() || (is(Role.CUSTOMER) && customerId().equals(owner));
    }
}
