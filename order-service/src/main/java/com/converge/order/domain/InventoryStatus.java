package com.converge.order.domain;

public enum InventoryStatus {
    IN_STOCK, LOW_STOCK, OUT_OF_STOCK
}
