package com.converge.order.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.converge.kernel.domain.BusinessRuleViolation;
import com.converge.kernel.domain.ConflictException;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.IllegalTransitionException;
import com.converge.kernel.domain.Money;
import com.converge.kernel.domain.OrderId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrderTest {

    private static final Instant NOW = Instant.parse("2026-11-20T04:30:00Z");
    private static final UUID PHONE = UUID.randomUUID();
    private static final UUID CASE = UUID.randomUUID();
    private static final Duration RETURN_WINDOW = Duration.ofDays(7);

    private static Order placed(PaymentMethod method, boolean call) {
        return Order.place(OrderId.next(), OrderNumber.of(LocalDate.of(2026, 11, 20), 7), new CustomerId(42), method,
                List.of(new OrderLine(PHONE, "PH-1", "Phone", Money.of("999.50"), 2),
                        new OrderLine(CASE, "CASE-1", "Case", Money.of("100.00"), 1),
                        new OrderLine(PHONE, "PH-1", "Phone", Money.of("999.50"), 1)),
                new Order.Pricing(Money.of("20.00"), "SAVE20", Money.of("70.00"), new Destination("Karnataka", "560001")),
                call, "customer:42", NOW);
    }

    @Test
    void linesOfOneVariantAreSummedIntoOneDemand() {
        Order order = placed(PaymentMethod.PREPAID, false);
        assertThat(order.demandPerVariant()).containsEntry(PHONE, 3).containsEntry(CASE, 1).hasSize(2);
        assertThat(order.subtotal()).isEqualTo(Money.of("3098.50"));
        assertThat(order.total()).isEqualTo(Money.of("3148.50"));
    }

    @Test
    void orderNumbersCarryTheDayAndAFiveDigitSequence() {
        assertThat(OrderNumber.of(LocalDate.of(2026, 11, 20), 7).value()).isEqualTo("ORD-20261120-00007");
    }

    @Test
    void theHappyPathCommitsAndRecordsEveryStep() {
        Order order = placed(PaymentMethod.PREPAID, false);
        assertThat(order.confirm("admin:a", NOW)).isEqualTo(StockMovement.COMMIT);
        assertThat(order.pack("admin:a", NOW)).isEqualTo(StockMovement.NONE);
        order.ship("admin:a", "Delhivery", "DL1", NOW);
        order.deliver("admin:a", NOW.plusSeconds(60));
        assertThat(order.status()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(order.newChanges()).extracting(StatusChange::to).containsExactly(OrderStatus.PENDING, OrderStatus.CONFIRMED,
                OrderStatus.PACKED, OrderStatus.SHIPPED, OrderStatus.DELIVERED);
        assertThat(order.newChanges().get(1).from()).isEqualTo(OrderStatus.PENDING);
    }

    @ParameterizedTest(name = "{0} -> {1} moves stock by {2}")
    @CsvSource({"PENDING, CONFIRMED, COMMIT", "PENDING, CANCELLED, RELEASE", "CONFIRMED, CANCELLED, RESTOCK",
            "PACKED, CANCELLED, RESTOCK", "SHIPPED, RETURNED, RESTOCK", "DELIVERED, RETURNED, RESTOCK", "PACKED, SHIPPED, NONE"})
    void eachMoveSaysWhatHappensToTheStock(OrderStatus from, OrderStatus to, StockMovement movement) {
        assertThat(from.mayMoveTo(to)).isTrue();
        assertThat(from.stockMovementTo(to)).isEqualTo(movement);
    }

    @ParameterizedTest(name = "{0} -> {1} is illegal")
    @CsvSource({"PENDING, SHIPPED", "PENDING, DELIVERED", "SHIPPED, CANCELLED", "DELIVERED, CANCELLED", "CANCELLED, CONFIRMED",
            "RETURNED, DELIVERED", "CONFIRMED, DELIVERED"})
    void illegalMovesAreRefused(OrderStatus from, OrderStatus to) {
        assertThat(from.mayMoveTo(to)).isFalse();
    }

    @Test
    void aShippedOrderCannotBeCancelled() {
        Order order = placed(PaymentMethod.PREPAID, false);
        order.confirm("a", NOW);
        order.pack("a", NOW);
        order.ship("a", "c", null, NOW);
        assertThatThrownBy(() -> order.cancel("customer:42", "late", NOW)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void aReturnIsAcceptedOnlyWithinTheWindowAfterDelivery() {
        Order late = delivered(PaymentMethod.COD);
        assertThatThrownBy(() -> late.returnDelivered("customer:42", "broken", RETURN_WINDOW, NOW.plus(Duration.ofDays(8))))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.kind()).isEqualTo("return-window-closed"));

        Order inTime = delivered(PaymentMethod.COD);
        assertThat(inTime.returnDelivered("customer:42", "broken", RETURN_WINDOW, NOW.plus(Duration.ofDays(6))))
                .isEqualTo(StockMovement.RESTOCK);
        assertThat(inTime.refundable()).isEqualTo(inTime.total());
    }

    @Test
    void cashOnDeliveryIsRefundableOnlyOnceDeliveredAndNeverMoreThanPaid() {
        Order cod = placed(PaymentMethod.COD, false);
        assertThat(cod.refundable()).isEqualTo(Money.ZERO);
        Order prepaid = placed(PaymentMethod.PREPAID, false);
        prepaid.refund(Money.of("100.00"));
        assertThat(prepaid.refundable()).isEqualTo(Money.of("3048.50"));
        assertThatThrownBy(() -> prepaid.refund(Money.of("3048.51")))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> assertThat(e.field()).isEqualTo("amount"));
    }

    @Test
    void anOrderAwaitingItsVerificationCallCannotBeConfirmedByHand() {
        Order order = placed(PaymentMethod.COD, true);
        assertThat(order.actionRequired()).isEqualTo("awaiting verification call");
        assertThatThrownBy(() -> order.confirm("admin:a", NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aVerifiedCallConfirmsAndARejectedOneCancelsWithTheAgentsReason() {
        Order verified = placed(PaymentMethod.COD, true);
        assertThat(verified.verificationCompleted(true, "agent:a-1", null, NOW)).isEqualTo(StockMovement.COMMIT);
        assertThat(verified.status()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(verified.verification()).isEqualTo(Verification.VERIFIED);

        Order rejected = placed(PaymentMethod.COD, true);
        assertThat(rejected.verificationCompleted(false, "agent:a-1", "fake address", NOW)).isEqualTo(StockMovement.RELEASE);
        assertThat(rejected.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(rejected.cancelReason()).isEqualTo("fake address");
    }

    @Test
    void aCallOutcomeForAnOrderCancelledMeanwhileIsOnlyRecorded() {
        Order order = placed(PaymentMethod.COD, true);
        order.cancel("system", Order.RESERVATION_EXPIRED, NOW);
        assertThat(order.verificationCompleted(true, "agent:a-1", null, NOW)).isEqualTo(StockMovement.NONE);
        assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(order.verification()).isEqualTo(Verification.VERIFIED);
    }

    @Test
    void aRefusedParcelIsReturnedWithItsReason() {
        Order order = placed(PaymentMethod.COD, false);
        order.confirm("a", NOW);
        order.pack("a", NOW);
        order.ship("a", "c", null, NOW);
        assertThat(order.deliveryRefused("admin:a", NOW)).isEqualTo(StockMovement.RESTOCK);
        assertThat(order.status()).isEqualTo(OrderStatus.RETURNED);
        assertThat(order.refundable()).isEqualTo(Money.ZERO);
    }

    private static Order delivered(PaymentMethod method) {
        Order order = placed(method, false);
        order.confirm("a", NOW);
        order.pack("a", NOW);
        order.ship("a", "c", null, NOW);
        order.deliver("a", NOW);
        return order;
    }
}
