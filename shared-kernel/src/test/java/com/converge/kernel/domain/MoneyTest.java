package com.converge.kernel.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void holdsRupeesToThePaisa() {
        assertThat(Money.of("499").amount()).isEqualByComparingTo("499.00");
        assertThat(Money.of("499").amount().scale()).isEqualTo(2);
        assertThat(Money.of("12.5").paise()).isEqualTo(1250);
        assertThat(Money.ofPaise(129_999)).isEqualTo(Money.of("1299.99"));
    }

    @Test
    void rejectsFractionsOfAPaisaInsteadOfRoundingThem() {
        assertThatThrownBy(() -> Money.of("10.005"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("two decimals");
        assertThat(Money.of("10.500")).isEqualTo(Money.of("10.50"));
    }

    @Test
    void rejectsWhatIsNotANumber() {
        assertThatThrownBy(() -> Money.of("ten"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("amount"));
    }

    @Test
    void addsSubtractsAndMultipliesExactly() {
        Money price = Money.of("0.10");
        assertThat(price.plus(Money.of("0.20"))).isEqualTo(Money.of("0.30"));
        assertThat(Money.of("100").minus(Money.of("100.01"))).isEqualTo(Money.of("-0.01"));
        assertThat(Money.of("333.33").times(3)).isEqualTo(Money.of("999.99"));
    }

    @Test
    void percentagesRoundHalfUpToThePaisa() {
        assertThat(Money.of("99.99").percent(9)).isEqualTo(Money.of("9.00"));    // 8.9991
        assertThat(Money.of("0.50").percent(9)).isEqualTo(Money.of("0.05"));     // 0.045 rounds up
        assertThat(Money.of("0.05").percent(50)).isEqualTo(Money.of("0.03"));    // 0.025 rounds up
        assertThat(Money.of("1000").percent(new BigDecimal("2.5"))).isEqualTo(Money.of("25.00"));
        assertThat(Money.ROUNDING).isEqualTo(java.math.RoundingMode.HALF_UP);
    }

    @Test
    void comparesByValueNotByScale() {
        assertThat(Money.of("5").isGreaterThan(Money.of("4.99"))).isTrue();
        assertThat(Money.of("5").min(Money.of("4.99"))).isEqualTo(Money.of("4.99"));
        assertThat(Money.ZERO.isZero()).isTrue();
        assertThat(Money.of("-1").isNegative()).isTrue();
    }
}
