package com.converge.order.application.port.inbound;

/** The name of a new category or brand. */
public record CatalogNameCommand(String name) {

    public CatalogNameCommand {
        name = Require.text(name, "name", 100);
    }
}
