package com.converge.booking.adapter.outbound.persistence;

import com.converge.kernel.persistence.NativeSql;
import com.converge.booking.application.port.outbound.PaymentAccounts;
import com.converge.booking.domain.booking.BookingStatus;
import com.converge.booking.domain.booking.PaymentStatus;
import com.converge.booking.domain.payment.Payment;
import com.converge.booking.domain.payment.PaymentAccount;
import com.converge.booking.domain.payment.PaymentMethod;
import com.converge.booking.domain.payment.Refund;
import com.converge.booking.domain.payment.RefundDestination;
import com.converge.kernel.domain.BookingId;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.Money;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** The account is the booking row's payment columns; locking it locks the booking row. */
@ApplicationScoped
public class MariaDbPaymentAccounts implements PaymentAccounts {

    private static final String ACCOUNT = """
            SELECT id, customer_id, status, total, amount_paid, amount_refunded, payment_status, original_method, invoice_number,
                   amount_charged
            FROM booking WHERE id = ?1""";
    private static final String SAVE = """
            UPDATE booking SET amount_paid = ?2, amount_refunded = ?3, payment_status = ?4, original_method = ?5, amount_charged = ?6
            WHERE id = ?1""";
    private static final String INSERT_PAYMENT = """
            INSERT INTO payment (id, booking_id, customer_id, amount, method, outcome, reference, failure_reason, recorded_by, received_at)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)""";
    private static final String PAYMENTS = """
            SELECT id, booking_id, customer_id, amount, method, outcome, reference, failure_reason, recorded_by, received_at
            FROM payment WHERE booking_id = ?1 ORDER BY received_at, id""";
    private static final String INSERT_REFUND = """
            INSERT INTO refund (id, booking_id, customer_id, amount, destination, method, reason, issued_by, issued_at, credit_note_number)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)""";
    private static final String REFUNDS = """
            SELECT id, booking_id, customer_id, amount, destination, method, reason, issued_by, issued_at, credit_note_number
            FROM refund""";

    @Override
    public Uni<Optional<PaymentAccount>> lock(BookingId bookingId) {
        return account(bookingId, ACCOUNT + " FOR UPDATE");
    }

    @Override
    public Uni<Optional<PaymentAccount>> find(BookingId bookingId) {
        return account(bookingId, ACCOUNT);
    }

    private Uni<Optional<PaymentAccount>> account(BookingId bookingId, String sql) {
        return Panache.getSession().chain(session -> session.createNativeQuery(sql, Object[].class)
                .setParameter(1, bookingId.toString())
                .getResultList()
                .map(rows -> rows.stream().findFirst().map(row -> new PaymentAccount(BookingId.of((String) row[0]),
                        new CustomerId(NativeSql.number(row[1])), BookingStatus.valueOf((String) row[2]),
                        new Money(SqlValues.asDecimal(row[3])), new Money(SqlValues.asDecimal(row[9])),
                        new Money(SqlValues.asDecimal(row[4])),
                        new Money(SqlValues.asDecimal(row[5])), PaymentStatus.valueOf((String) row[6]),
                        row[7] == null ? null : PaymentMethod.valueOf((String) row[7]), (String) row[8]))));
    }

    @Override
    public Uni<Void> save(PaymentAccount account) {
        return Panache.getSession().chain(session -> session.createNativeQuery(SAVE)
                .setParameter(1, account.bookingId().toString())
                .setParameter(2, account.paid().amount())
                .setParameter(3, account.refunded().amount())
                .setParameter(4, account.status().name())
                .setParameter(5, account.originalMethod().map(PaymentMethod::name).orElse(null))
                .setParameter(6, account.charges().amount())
                .executeUpdate()
                .replaceWithVoid());
    }

    @Override
    public Uni<Void> addPayment(Payment payment) {
        return Panache.getSession().chain(session -> session.createNativeQuery(INSERT_PAYMENT)
                .setParameter(1, payment.id())
                .setParameter(2, payment.bookingId().toString())
                .setParameter(3, payment.customerId().value())
                .setParameter(4, payment.amount().amount())
                .setParameter(5, payment.method().name())
                .setParameter(6, payment.outcome().name())
                .setParameter(7, payment.reference())
                .setParameter(8, payment.failureReason())
                .setParameter(9, payment.recordedBy())
                .setParameter(10, NativeSql.utc(payment.receivedAt()))
                .executeUpdate()
                .replaceWithVoid());
    }

    @Override
    public Uni<Void> addRefund(Refund refund) {
        return Panache.getSession().chain(session -> session.createNativeQuery(INSERT_REFUND)
                .setParameter(1, refund.id())
                .setParameter(2, refund.bookingId().toString())
                .setParameter(3, refund.customerId().value())
                .setParameter(4, refund.amount().amount())
                .setParameter(5, refund.destination().name())
                .setParameter(6, refund.method().name())
                .setParameter(7, refund.reason())
                .setParameter(8, refund.issuedBy())
                .setParameter(9, NativeSql.utc(refund.issuedAt()))
                .setParameter(10, refund.creditNoteNumber())
                .executeUpdate()
                .replaceWithVoid());
    }

    @Override
    public Uni<List<Payment>> payments(BookingId bookingId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(PAYMENTS, Object[].class)
                .setParameter(1, bookingId.toString())
                .getResultList()
                .map(rows -> rows.stream().map(row -> new Payment((String) row[0], BookingId.of((String) row[1]),
                        new CustomerId(NativeSql.number(row[2])), new Money(SqlValues.asDecimal(row[3])),
                        PaymentMethod.valueOf((String) row[4]), Payment.Outcome.valueOf((String) row[5]), (String) row[6],
                        (String) row[7], (String) row[8], NativeSql.instant(row[9]))).toList()));
    }

    @Override
    public Uni<List<Refund>> refunds(BookingId bookingId) {
        return refunds(REFUNDS + " WHERE booking_id = ?1 ORDER BY issued_at, id", bookingId.toString());
    }

    @Override
    public Uni<Optional<Refund>> refund(String refundId) {
        return refunds(REFUNDS + " WHERE id = ?1", refundId).map(found -> found.stream().findFirst());
    }

    private Uni<List<Refund>> refunds(String sql, String parameter) {
        return Panache.getSession().chain(session -> session.createNativeQuery(sql, Object[].class)
                .setParameter(1, parameter)
                .getResultList()
                .map(rows -> rows.stream().map(row -> new Refund((String) row[0], BookingId.of((String) row[1]),
                        new CustomerId(NativeSql.number(row[2])), new Money(SqlValues.asDecimal(row[3])),
                        RefundDestination.valueOf((String) row[4]), PaymentMethod.valueOf((String) row[5]), (String) row[6],
                        (String) row[7], NativeSql.instant(row[8]), (String) row[9])).toList()));
    }
}
