package com.converge.order.application.port.inbound;

/** What staff or the buyer can do to an order. */
public enum OrderMove {
    CONFIRM, PACK, SHIP, DELIVER, CANCEL, RETURN, REFUSE_DELIVERY
}
