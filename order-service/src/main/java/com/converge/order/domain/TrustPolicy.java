package com.converge.order.domain;

/** A buyer is trusted after {@code minDeliveredOrders} deliveries if they never refused one. */
public record TrustPolicy(int minDeliveredOrders) {

    public TrustPolicy {
        if (minDeliveredOrders < 0) {
            throw new IllegalArgumentException("minDeliveredOrders is never negative");
        }
    }

    public boolean trusts(BuyerRecord buyer) {
        return buyer.deliveredOrders() >= minDeliveredOrders && buyer.refusedDeliveries() == 0;
    }

    /** Only cash on delivery from a buyer who is not trusted waits for a call. */
    public boolean needsVerificationCall(PaymentMethod method, BuyerRecord buyer) {
        return method == PaymentMethod.COD && !trusts(buyer);
    }
}
