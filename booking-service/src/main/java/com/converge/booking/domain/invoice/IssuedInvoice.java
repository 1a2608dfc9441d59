package com.converge.booking.domain.invoice;

import com.converge.booking.domain.StateCode;
import java.time.Instant;
import java.util.Objects;

/** The facts of an invoice that the booking it is for does not hold. */
public record IssuedInvoice(String number, FinancialYear financialYear, StateCode supplierState, Instant issuedAt) {

    public IssuedInvoice {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(financialYear, "financialYear");
        Objects.requireNonNull(supplierState, "supplierState");
        Objects.requireNonNull(issuedAt, "issuedAt");
    }
}
