package com.converge.kernel.domain;

/** The roles a bearer token can carry (its {@code groups} claim). */
public enum Role {
    CUSTOMER, SUPPORT, AGENT, ADMIN;

    public static final String CUSTOMER_NAME = "CUSTOMER";
    public static final String SUPPORT_NAME = "SUPPORT";
    public static final String AGENT_NAME = "AGENT";
    public static final String ADMIN_NAME = "ADMIN";
}
