package com.converge.order.domain;

/**
 * COMMIT turns a reservation into a sale (on hand and reserved go down), RELEASE gives a reservation
 * back (reserved goes down), RESTOCK puts sold units back on hand (a cancelled confirmed order, a return).
 */
public enum StockMovement {
    COMMIT, RELEASE, RESTOCK, NONE
}
