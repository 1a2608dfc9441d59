package com.converge.order.adapter.outbound.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

@Entity
@Table(name = "customer_order")
public class OrderEntity extends PanacheEntityBase {

    @Id
    @Column(columnDefinition = "CHAR(36)")
    public String id;

    @Column(name = "order_number")
    public String orderNumber;

    @Column(name = "customer_id")
    public long customerId;

    public String status;

    @Column(name = "payment_method")
    public String paymentMethod;

    public BigDecimal subtotal;

    public BigDecimal discount;

    @Column(name = "promo_code")
    public String promoCode;

    @Column(name = "ship_state")
    public String shipState;

    @Column(name = "ship_pincode")
    public String shipPincode;

    @Column(name = "shipping_fee")
    public BigDecimal shippingFee;

    public BigDecimal total;
    public BigDecimal refunded;
    public String verification;

    @Column(name = "cancel_reason")
    public String cancelReason;

    public String carrier;

    @Column(name = "tracking_number")
    public String trackingNumber;

    @Column(name = "placed_at")
    public Instant placedAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    @Version
    public long version;
}
