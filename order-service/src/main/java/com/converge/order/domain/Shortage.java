package com.converge.order.domain;

/** A SKU an order wanted more of than is available. */
public record Shortage(String sku, int requested, int available) {
}
