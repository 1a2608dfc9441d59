package com.converge.kernel.domain;

/** No such thing, or one the caller may not know exists (a customer asking for another's complaint). */
public class NotFoundException extends DomainException {

    private final String resource;
    private final String id;

    public NotFoundException(String resource, Object id) {
        super(resource + " " + id + " was not found");
        this.resource = resource;
        this.id = String.valueOf(id);
    }

    public String resource() {
        return resource;
    }

    public String id() {
        return id;
    }
}
