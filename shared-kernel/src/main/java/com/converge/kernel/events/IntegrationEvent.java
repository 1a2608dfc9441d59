package com.converge.kernel.events;

/**
 * The data of an event another context may consume. Each implementation is a record whose
 * components are the published contract: add optional fields freely, never remove or retype one
 * without a new {@link EventType#version()}.
 */
public interface IntegrationEvent {

    /** The aggregate the event is about: the Kafka record key and the CloudEvents subject. */
    String aggregateId();
}
