package com.converge.booking.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.converge.booking.domain.customer.MobileNumber;
import com.converge.kernel.domain.InvalidValueException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ValuesTest {

    @ParameterizedTest
    @CsvSource({"+919876543210, +919876543210", "9876543210, +919876543210", "09876543210, +919876543210",
            "919876543210, +919876543210", "+91 98765-43210, +919876543210", "6000000000, +916000000000"})
    void indianMobileNumbersAreHeldAsPlusNineOneAndTenDigits(String typed, String held) {
        assertThat(MobileNumber.parse(typed).value()).isEqualTo(held);
    }

    @ParameterizedTest
    @ValueSource(strings = {"5876543210", "+91987654321", "+9198765432101", "+449876543210", "phone", ""})
    void otherNumbersAreRefusedNamingPhone(String typed) {
        assertThatThrownBy(() -> MobileNumber.parse(typed))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("phone"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"56003", "5600381", "056003", "56O038"})
    void aPincodeIsSixDigitsNotStartingWithZero(String value) {
        assertThatThrownBy(() -> new Pincode(value)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aSlotStartsOnTheEvenHourInIndiaTime() {
        ServiceSlot slot = new ServiceSlot(LocalDate.parse("2026-12-01"), LocalTime.of(10, 0));
        assertThat(slot.startsAt()).isEqualTo(Instant.parse("2026-12-01T04:30:00Z"));
        assertThatThrownBy(() -> ServiceSlot.parse("items[0]", "2026-12-01", "11:00"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("items[0].slot"));
        assertThatThrownBy(() -> ServiceSlot.parse("items[0]", "2026-13-01", "10:00"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("items[0].date"));
    }

    @Test
    void stateCodesCarryTheirGstNumbers() {
        assertThat(StateCode.KA.gstCode()).isEqualTo(29);
        assertThat(StateCode.MH.gstCode()).isEqualTo(27);
        assertThat(StateCode.values()).hasSize(36);
        assertThatThrownBy(() -> StateCode.of("stateCode", "XX"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("stateCode"));
    }
}
