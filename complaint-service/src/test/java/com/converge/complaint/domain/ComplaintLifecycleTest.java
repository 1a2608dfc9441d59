package com.converge.complaint.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.converge.kernel.domain.BookingId;
import com.converge.kernel.domain.BusinessRuleViolation;
import com.converge.kernel.domain.ConflictException;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.IllegalTransitionException;
import com.converge.kernel.domain.InvalidValueException;
import com.converge.kernel.domain.Money;
import com.converge.kernel.domain.OrderId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComplaintLifecycleTest {

    private static final Instant START = Instant.parse("2026-11-20T04:30:00Z");

    private Instant now = START;

    private Complaint raise(ComplaintReference reference) {
        Complaint complaint = Complaint.raise(new CustomerId(42), ComplaintType.DELAY, Priority.HIGH, "Late", "Nobody came",
                reference, SlaPolicy.DEFAULT, SlaPolicy.STANDARD_SEGMENT, "42", now);
        complaint.pullChanges();
        return complaint;
    }

    private void advance(Duration by) {
        now = now.plus(by);
    }

    private static Resolution resolution() {
        return new Resolution("Rebooked for tomorrow", Compensation.NONE);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"OPEN, IN_PROGRESS", "OPEN, WAITING_ON_CUSTOMER", "OPEN, ESCALATED", "OPEN, CLOSED",
            "IN_PROGRESS, WAITING_ON_CUSTOMER", "IN_PROGRESS, ESCALATED", "WAITING_ON_CUSTOMER, IN_PROGRESS",
            "ESCALATED, IN_PROGRESS", "ESCALATED, WAITING_ON_CUSTOMER"})
    void allowedMovesChangeTheStatusAndSayWhoDidIt(ComplaintStatus from, ComplaintStatus to) {
        Complaint complaint = raise(ComplaintReference.NONE);
        if (from != ComplaintStatus.OPEN) {
            complaint.changeStatus(from, null, "s-1", now);
            complaint.pullChanges();
        }
        complaint.changeStatus(to, null, "s-2", now);

        assertThat(complaint.status()).isEqualTo(to);
        assertThat(complaint.pullChanges()).filteredOn(ComplaintChange.StatusChanged.class::isInstance)
                .singleElement()
                .satisfies(change -> {
                    ComplaintChange.StatusChanged moved = (ComplaintChange.StatusChanged) change;
                    assertThat(moved.from()).isEqualTo(from);
                    assertThat(moved.to()).isEqualTo(to);
                    assertThat(moved.actor()).isEqualTo("s-2");
                    assertThat(moved.at()).isEqualTo(now);
                });
    }

    @ParameterizedTest(name = "{0} -> {1} is refused")
    @CsvSource({"IN_PROGRESS, OPEN", "IN_PROGRESS, CLOSED", "WAITING_ON_CUSTOMER, CLOSED", "ESCALATED, OPEN"})
    void illegalMovesAreRefused(ComplaintStatus from, ComplaintStatus to) {
        Complaint complaint = raise(ComplaintReference.NONE);
        complaint.changeStatus(from, null, "s-1", now);

        assertThatThrownBy(() -> complaint.changeStatus(to, null, "s-1", now)).isInstanceOf(IllegalTransitionException.class);
        assertThat(complaint.status()).isEqualTo(from);
    }

    @Test
    void aClosedComplaintMovesNowhere() {
        Complaint complaint = raise(ComplaintReference.NONE);
        complaint.changeStatus(ComplaintStatus.CLOSED, "duplicate", "s-1", now);

        for (ComplaintStatus to : ComplaintStatus.values()) {
            if (to != ComplaintStatus.RESOLVED) {
                assertThatThrownBy(() -> complaint.changeStatus(to, null, "s-1", now)).isInstanceOf(IllegalTransitionException.class);
            }
        }
        assertThatThrownBy(() -> complaint.resolve(resolution(), "s-1", now)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> complaint.assign("s-2", "s-1", now)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void resolvingNeedsASummaryNotAPlainStatusMove() {
        Complaint complaint = raise(ComplaintReference.NONE);
        assertThatThrownBy(() -> complaint.changeStatus(ComplaintStatus.RESOLVED, null, "s-1", now))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("status"));
        assertThatThrownBy(() -> new Resolution(" ", Compensation.NONE))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("summary"));
    }

    @Test
    void resolvingStopsEveryClockAndRecordsTheResolution() {
        Complaint complaint = raise(ComplaintReference.NONE);
        advance(Duration.ofHours(2));
        complaint.resolve(resolution(), "s-1", now);

        assertThat(complaint.status()).isEqualTo(ComplaintStatus.RESOLVED);
        assertThat(complaint.resolvedAt()).isEqualTo(now);
        assertThat(complaint.clocks()).noneMatch(SlaClock::isActive);
        assertThat(complaint.reading(SlaClockKind.RESOLUTION, now).outcome()).isEqualTo(SlaClockReading.Outcome.MET);
        List<ComplaintChange> changes = complaint.pullChanges();
        assertThat(changes).contains(new ComplaintChange.Resolved(resolution(), "s-1", now));
        assertThat(changes).filteredOn(ComplaintChange.SlaLogged.class::isInstance)
                .extracting(c -> ((ComplaintChange.SlaLogged) c).entry().kind())
                .containsOnly(SlaLogEntry.Kind.FULFILLED);
        assertThat(complaint.nextSlaCheckAt()).isNull();
    }

    @Test
    void aBookingComplaintIsCompensatedWithAWalletCreditAndAnOrderComplaintWithARefund() {
        Compensation credit = new Compensation(Compensation.Kind.WALLET_CREDIT, Money.of("250.00"));
        Compensation refund = new Compensation(Compensation.Kind.ORDER_REFUND, Money.of("99.50"));

        Complaint aboutBooking = raise(new ComplaintReference(BookingId.next(), null));
        assertThatThrownBy(() -> aboutBooking.resolve(new Resolution("Sorry", refund), "s-1", now))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> assertThat(e.field()).isEqualTo("action"));
        aboutBooking.resolve(new Resolution("Sorry", credit), "s-1", now);
        assertThat(aboutBooking.resolution().compensation()).isEqualTo(credit);

        Complaint aboutOrder = raise(new ComplaintReference(null, OrderId.next()));
        assertThatThrownBy(() -> aboutOrder.resolve(new Resolution("Sorry", credit), "s-1", now))
                .isInstanceOf(BusinessRuleViolation.class);
        aboutOrder.resolve(new Resolution("Sorry", refund), "s-1", now);

        assertThatThrownBy(() -> raise(ComplaintReference.NONE).resolve(new Resolution("Sorry", credit), "s-1", now))
                .isInstanceOf(BusinessRuleViolation.class);
        assertThatThrownBy(() -> new Compensation(Compensation.Kind.WALLET_CREDIT, Money.ZERO))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("compensationAmount"));
    }

    @Test
    void aReopenedComplaintIsNotCompensatedTwice() {
        Complaint complaint = raise(new ComplaintReference(BookingId.next(), null));
        Compensation credit = new Compensation(Compensation.Kind.WALLET_CREDIT, Money.of("250.00"));
        complaint.resolve(new Resolution("Credited", credit), "s-1", now);
        complaint.reopen("42", now);

        assertThatThrownBy(() -> complaint.resolve(new Resolution("Credited again", credit), "s-1", now))
                .isInstanceOf(BusinessRuleViolation.class);
        complaint.resolve(resolution(), "s-1", now);
        assertThat(complaint.status()).isEqualTo(ComplaintStatus.RESOLVED);
    }

    @Test
    void aResolvedComplaintReopensWithinSevenDaysAndItsResolutionClockRunsOn() {
        Complaint complaint = raise(ComplaintReference.NONE);
        advance(Duration.ofHours(3));
        complaint.resolve(resolution(), "s-1", now);
        advance(Duration.ofDays(7));
        complaint.pullChanges();

        complaint.reopen("42", now);

        assertThat(complaint.status()).isEqualTo(ComplaintStatus.IN_PROGRESS);
        SlaClock clock = complaint.clock(SlaClockKind.RESOLUTION);
        assertThat(clock.isRunning()).isTrue();
        assertThat(complaint.resolutionDueAt()).isEqualTo(now.plus(Duration.ofHours(21)));
        assertThat(complaint.pullChanges()).contains(
                new ComplaintChange.StatusChanged(ComplaintStatus.RESOLVED, ComplaintStatus.IN_PROGRESS, "reopened", "42", now));
    }

    @Test
    void aResolvedComplaintCannotBeReopenedAfterSevenDays() {
        Complaint complaint = raise(ComplaintReference.NONE);
        complaint.resolve(resolution(), "s-1", now);
        advance(Duration.ofDays(7).plusSeconds(1));

        assertThatThrownBy(() -> complaint.reopen("42", now))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.kind()).isEqualTo("reopen-window-closed"));
        assertThatThrownBy(() -> complaint.changeStatus(ComplaintStatus.IN_PROGRESS, null, "s-1", now))
                .isInstanceOf(ConflictException.class);
        complaint.changeStatus(ComplaintStatus.CLOSED, null, "s-1", now);
        assertThat(complaint.status()).isEqualTo(ComplaintStatus.CLOSED);
    }

    @Test
    void assignmentAndReassignmentRecordThePreviousAssignee() {
        Complaint complaint = raise(ComplaintReference.NONE);
        complaint.assign("s-1", "lead-1", now);
        complaint.assign("s-1", "lead-1", now);
        complaint.assign("s-2", "lead-1", now);

        assertThat(complaint.assignee()).isEqualTo("s-2");
        assertThat(complaint.pullChanges()).containsExactly(
                new ComplaintChange.Assigned("s-1", null, "lead-1", now),
                new ComplaintChange.Assigned("s-2", "s-1", "lead-1", now));
    }

    @Test
    void escalatingByHandRaisesTheLevelUpToThree() {
        Complaint complaint = raise(ComplaintReference.NONE);
        complaint.changeStatus(ComplaintStatus.ESCALATED, "customer threatens to leave", "s-1", now);
        assertThat(complaint.escalationLevel()).isEqualTo(1);
        assertThat(complaint.pullChanges()).contains(new ComplaintChange.Escalated(1, "customer threatens to leave", "s-1", now));
        for (int i = 0; i < 3; i++) {
            complaint.changeStatus(ComplaintStatus.IN_PROGRESS, null, "s-1", now);
            complaint.changeStatus(ComplaintStatus.ESCALATED, null, "s-1", now);
        }
        assertThat(complaint.escalationLevel()).isEqualTo(3);
    }

    @Test
    void internalNotesNeverComeFromCustomersAndAClosedComplaintTakesNoUpdates() {
        assertThatThrownBy(() -> new ComplaintUpdate(UUID.randomUUID(), "42", ComplaintUpdate.AuthorRole.CUSTOMER,
                ComplaintUpdate.Visibility.INTERNAL, "psst", List.of(), now))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("internal"));

        Complaint complaint = raise(ComplaintReference.NONE);
        complaint.changeStatus(ComplaintStatus.CLOSED, null, "s-1", now);
        assertThatThrownBy(() -> complaint.addUpdate(support("Anything else?", ComplaintUpdate.Visibility.PUBLIC)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void attachmentsNeedANameATypeASizeAndAUrl() {
        new Attachment("photo.jpg", "image/jpeg", 1024, "https://files.example/photo.jpg");
        assertThatThrownBy(() -> new Attachment("photo.jpg", "jpeg", 1024, "https://files.example/p.jpg"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("attachments.contentType"));
        assertThatThrownBy(() -> new Attachment("photo.jpg", "image/jpeg", 0, "https://files.example/p.jpg"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("attachments.sizeBytes"));
        assertThatThrownBy(() -> new Attachment("photo.jpg", "image/jpeg", 10, "file:///etc/passwd"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("attachments.url"));
    }

    @Test
    void theCustomerRatesOnceAndOnlyAfterResolution() {
        Complaint complaint = raise(ComplaintReference.NONE);
        assertThatThrownBy(() -> complaint.rate(5, "quick", "42", now))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.kind()).isEqualTo("csat-before-resolution"));
        complaint.resolve(resolution(), "s-1", now);
        assertThatThrownBy(() -> complaint.rate(6, null, "42", now))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("rating"));
        complaint.pullChanges();

        complaint.rate(4, "  Fixed next day ", "42", now);

        assertThat(complaint.csat()).isEqualTo(new Csat(4, "Fixed next day", now));
        assertThat(complaint.pullChanges()).containsExactly(new ComplaintChange.Rated(new Csat(4, "Fixed next day", now), "42", now));
        assertThatThrownBy(() -> complaint.rate(1, null, "42", now))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.kind()).isEqualTo("csat-already-recorded"));
    }

    private ComplaintUpdate support(String body, ComplaintUpdate.Visibility visibility) {
        return new ComplaintUpdate(UUID.randomUUID(), "s-1", ComplaintUpdate.AuthorRole.SUPPORT, visibility, body, List.of(), now);
    }
}
