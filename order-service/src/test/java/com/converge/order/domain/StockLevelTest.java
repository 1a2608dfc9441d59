package com.converge.order.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StockLevelTest {

    @ParameterizedTest(name = "on hand {0}, reserved {1}, threshold {2}: {3} available, {4}")
    @CsvSource({"10, 0, 3, 10, IN_STOCK", "10, 7, 3, 3, LOW_STOCK", "10, 9, 3, 1, LOW_STOCK", "10, 10, 3, 0, OUT_OF_STOCK",
            "0, 0, 0, 0, OUT_OF_STOCK", "5, 0, 0, 5, IN_STOCK"})
    void availableIsOnHandLessReserved(int onHand, int reserved, int threshold, int available, InventoryStatus status) {
        StockLevel level = new StockLevel(onHand, reserved, threshold);
        assertThat(level.available()).isEqualTo(available);
        assertThat(level.status()).isEqualTo(status);
        assertThat(level.canReserve(available)).isTrue();
        assertThat(level.canReserve(available + 1)).isFalse();
    }

    @Test
    void reservingHoldsMoreOfWhatIsOnHandAndNeverMoreThanIsAvailable() {
        StockLevel level = new StockLevel(10, 6, 2);

        assertThat(level.reserve(4)).isEqualTo(new StockLevel(10, 10, 2));
        assertThatThrownBy(() -> level.reserve(5))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("quantity"));
        assertThatThrownBy(() -> level.reserve(0))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("quantity"));
    }

    @Test
    void moreReservedThanOnHandCannotExist() {
        assertThatThrownBy(() -> new StockLevel(3, 4, 0))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("reserved"));
    }

    @Test
    void stockLowFiresOnlyWhenTheThresholdIsCrossedDownwards() {
        assertThat(new StockLevel(10, 7, 3).crossedLowThresholdSince(new StockLevel(10, 6, 3))).isTrue();
        assertThat(new StockLevel(10, 8, 3).crossedLowThresholdSince(new StockLevel(10, 7, 3))).isFalse();
        assertThat(new StockLevel(10, 5, 3).crossedLowThresholdSince(new StockLevel(10, 4, 3))).isFalse();
        assertThat(new StockLevel(10, 6, 3).crossedLowThresholdSince(new StockLevel(10, 7, 3))).isFalse();
    }

    @Test
    void aBuyerIsTrustedAfterEnoughDeliveriesAndNoRefusal() {
        TrustPolicy policy = new TrustPolicy(3);
        CustomerId buyer = new CustomerId(42);
        assertThat(policy.trusts(new BuyerRecord(buyer, 3, 0))).isTrue();
        assertThat(policy.trusts(new BuyerRecord(buyer, 2, 0))).isFalse();
        assertThat(policy.trusts(new BuyerRecord(buyer, 10, 1))).isFalse();
        assertThat(policy.needsVerificationCall(PaymentMethod.COD, BuyerRecord.firstTime(buyer))).isTrue();
        assertThat(policy.needsVerificationCall(PaymentMethod.PREPAID, BuyerRecord.firstTime(buyer))).isFalse();
        assertThat(policy.needsVerificationCall(PaymentMethod.COD, new BuyerRecord(buyer, 3, 0))).isFalse();
    }
}
