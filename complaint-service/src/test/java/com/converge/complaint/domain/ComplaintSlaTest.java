package com.converge.complaint.domain;

import static com.converge.complaint.domain.BusinessCalendarTest.ist;
import static org.assertj.core.api.Assertions.assertThat;

import com.converge.kernel.domain.CustomerId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ComplaintSlaTest {

    /** The default targets, on office hours (Mon-Fri 09:00-18:00 IST, Monday 23 November 2026 a holiday). */
    private static final SlaPolicy OFFICE_POLICY = new SlaPolicy("office", "Office hours", 1, Set.of(), Set.of(), Set.of(),
            SlaTargets.DEFAULT, BusinessCalendarTest.OFFICE, 80, List.of(0, 50, 100));

    private Instant now;

    private Complaint raise(Priority priority, SlaPolicy policy, Instant at) {
        now = at;
        Complaint complaint = Complaint.raise(new CustomerId(42), ComplaintType.DAMAGE, priority, "Broken", "Tap broke",
                ComplaintReference.NONE, policy, SlaPolicy.STANDARD_SEGMENT, "42", now);
        complaint.pullChanges();
        return complaint;
    }

    private void advance(Duration by) {
        now = now.plus(by);
    }

    private static List<SlaLogEntry> slaLog(List<ComplaintChange> changes) {
        return changes.stream().filter(ComplaintChange.SlaLogged.class::isInstance)
                .map(c -> ((ComplaintChange.SlaLogged) c).entry()).toList();
    }

    @Test
    void criticalComplaintCreatedFridayEveningIsDueTuesdayAfterTheWeekendAndTheHoliday() {
        Complaint complaint = raise(Priority.CRITICAL, OFFICE_POLICY, ist("2026-11-20T17:30"));

        assertThat(complaint.responseDueAt()).isEqualTo(ist("2026-11-24T09:30"));
        assertThat(complaint.resolutionDueAt()).isEqualTo(ist("2026-11-24T12:30"));
        now = ist("2026-11-23T20:00");
        SlaClockReading resolution = complaint.reading(SlaClockKind.RESOLUTION, now);
        assertThat(resolution.elapsed()).isEqualTo(Duration.ofMinutes(30));
        assertThat(resolution.remaining()).isEqualTo(Duration.ofMinutes(210));
        assertThat(resolution.state()).isEqualTo(SlaClock.State.RUNNING);
        assertThat(resolution.outcome()).isEqualTo(SlaClockReading.Outcome.PENDING);
    }

    @Test
    void waitingOnTheCustomerPausesTheClocksWithTheReasonAndTheirReplyResumesThem() {
        Complaint complaint = raise(Priority.HIGH, SlaPolicy.DEFAULT, Instant.parse("2026-11-20T04:30:00Z"));
        advance(Duration.ofHours(1));
        complaint.addUpdate(support("Which tap?", ComplaintUpdate.Visibility.PUBLIC));
        complaint.changeStatus(ComplaintStatus.WAITING_ON_CUSTOMER, "asked for a photo", "s-1", now);
        List<SlaLogEntry> paused = slaLog(complaint.pullChanges()).stream()
                .filter(e -> e.kind() == SlaLogEntry.Kind.PAUSED).toList();
        assertThat(paused).singleElement().satisfies(entry -> {
            assertThat(entry.clock()).isEqualTo(SlaClockKind.RESOLUTION);
            assertThat(entry.reason()).isEqualTo("asked for a photo");
            assertThat(entry.suspicious()).isFalse();
        });
        assertThat(complaint.nextSlaCheckAt()).isNull();

        advance(Duration.ofHours(30));
        assertThat(complaint.reading(SlaClockKind.RESOLUTION, now).elapsed()).isEqualTo(Duration.ofHours(1));
        assertThat(complaint.reading(SlaClockKind.RESOLUTION, now).dueAt()).isNull();
        complaint.addUpdate(customer("Here is the photo"));

        assertThat(complaint.status()).isEqualTo(ComplaintStatus.IN_PROGRESS);
        assertThat(complaint.resolutionDueAt()).isEqualTo(now.plus(Duration.ofHours(23)));
        assertThat(complaint.clock(SlaClockKind.NEXT_RESPONSE).isRunning()).isTrue();
        assertThat(complaint.reading(SlaClockKind.NEXT_RESPONSE, now).dueAt()).isEqualTo(now.plus(Duration.ofHours(4)));
        assertThat(slaLog(complaint.pullChanges())).extracting(SlaLogEntry::kind)
                .contains(SlaLogEntry.Kind.RESUMED, SlaLogEntry.Kind.APPLIED);
    }

    @Test
    void aPauseRightAfterTheCustomerWroteIsFlagged() {
        Complaint complaint = raise(Priority.HIGH, SlaPolicy.DEFAULT, Instant.parse("2026-11-20T04:30:00Z"));
        advance(Duration.ofMinutes(30));
        complaint.addUpdate(support("Which tap?", ComplaintUpdate.Visibility.PUBLIC));
        advance(Duration.ofMinutes(30));
        complaint.addUpdate(customer("The kitchen one"));
        advance(Duration.ofMinutes(5));
        complaint.changeStatus(ComplaintStatus.WAITING_ON_CUSTOMER, "waiting", "s-1", now);

        assertThat(slaLog(complaint.pullChanges())).filteredOn(e -> e.kind() == SlaLogEntry.Kind.PAUSED)
                .isNotEmpty().allMatch(SlaLogEntry::suspicious);
    }

    @Test
    void supportsFirstPublicReplyFulfilsFirstResponseButAnInternalNoteDoesNot() {
        Complaint complaint = raise(Priority.HIGH, SlaPolicy.DEFAULT, Instant.parse("2026-11-20T04:30:00Z"));
        advance(Duration.ofHours(1));
        complaint.addUpdate(support("Escalate to the provider lead", ComplaintUpdate.Visibility.INTERNAL));
        assertThat(complaint.clock(SlaClockKind.FIRST_RESPONSE).isRunning()).isTrue();

        advance(Duration.ofHours(1));
        complaint.addUpdate(support("We are on it", ComplaintUpdate.Visibility.PUBLIC));

        SlaClockReading first = complaint.reading(SlaClockKind.FIRST_RESPONSE, now);
        assertThat(first.state()).isEqualTo(SlaClock.State.STOPPED);
        assertThat(first.outcome()).isEqualTo(SlaClockReading.Outcome.MET);
        assertThat(first.elapsed()).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void changingPriorityRecomputesTheDeadlinesKeepingTheTimeUsed() {
        Complaint complaint = raise(Priority.LOW, SlaPolicy.DEFAULT, Instant.parse("2026-11-20T04:30:00Z"));
        advance(Duration.ofHours(2));
        complaint.changePriority(Priority.CRITICAL, "s-1", now);

        assertThat(complaint.priority()).isEqualTo(Priority.CRITICAL);
        assertThat(complaint.resolutionDueAt()).isEqualTo(now.plus(Duration.ofHours(2)));
        assertThat(complaint.responseDueAt()).isEqualTo(now.minus(Duration.ofHours(1)));
        assertThat(complaint.clock(SlaClockKind.NEXT_RESPONSE).target()).isEqualTo(Duration.ofHours(1));
        assertThat(slaLog(complaint.pullChanges())).extracting(SlaLogEntry::kind)
                .containsExactly(SlaLogEntry.Kind.APPLIED, SlaLogEntry.Kind.APPLIED);
    }

    @Test
    void theMonitorWarnsAtEightyPercentThenReportsTheBreachOnce() {
        Complaint complaint = raise(Priority.HIGH, SlaPolicy.DEFAULT, Instant.parse("2026-11-20T04:30:00Z"));
        Instant created = now;
        assertThat(complaint.nextSlaCheckAt()).isEqualTo(created.plus(Duration.ofMinutes(192)));

        now = complaint.nextSlaCheckAt();
        complaint.checkSla(now);
        assertThat(slaLog(complaint.pullChanges())).singleElement().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo(SlaLogEntry.Kind.WARNED);
            assertThat(entry.clock()).isEqualTo(SlaClockKind.FIRST_RESPONSE);
            assertThat(entry.dueAt()).isEqualTo(created.plus(Duration.ofHours(4)));
        });
        assertThat(complaint.nextSlaCheckAt()).isEqualTo(created.plus(Duration.ofHours(4)));

        now = complaint.nextSlaCheckAt();
        complaint.checkSla(now);
        complaint.checkSla(now.plusSeconds(60));
        assertThat(slaLog(complaint.pullChanges())).singleElement().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo(SlaLogEntry.Kind.BREACHED);
            assertThat(entry.clock()).isEqualTo(SlaClockKind.FIRST_RESPONSE);
        });
        assertThat(complaint.reading(SlaClockKind.FIRST_RESPONSE, now).outcome()).isEqualTo(SlaClockReading.Outcome.BREACHED);
        assertThat(complaint.nextSlaCheckAt()).isEqualTo(created.plus(Duration.ofMinutes(24 * 60 * 8 / 10)));
    }

    @Test
    void aResolutionBreachEscalatesLevelByLevel() {
        Complaint complaint = raise(Priority.CRITICAL, SlaPolicy.DEFAULT, Instant.parse("2026-11-20T04:30:00Z"));
        Instant created = now;
        complaint.addUpdate(support("Looking", ComplaintUpdate.Visibility.PUBLIC));
        complaint.pullChanges();

        now = created.plus(Duration.ofHours(4));
        complaint.checkSla(now);
        List<ComplaintChange> changes = complaint.pullChanges();
        assertThat(complaint.status()).isEqualTo(ComplaintStatus.ESCALATED);
        assertThat(complaint.escalationLevel()).isEqualTo(1);
        assertThat(changes).filteredOn(ComplaintChange.Escalated.class::isInstance).singleElement()
                .satisfies(c -> assertThat(((ComplaintChange.Escalated) c).actor()).isEqualTo(Complaint.SYSTEM));
        assertThat(slaLog(changes)).extracting(SlaLogEntry::kind).containsExactly(SlaLogEntry.Kind.WARNED, SlaLogEntry.Kind.BREACHED);

        assertThat(complaint.nextSlaCheckAt()).isEqualTo(created.plus(Duration.ofHours(6)));
        now = complaint.nextSlaCheckAt();
        complaint.checkSla(now);
        assertThat(complaint.escalationLevel()).isEqualTo(2);
        assertThat(complaint.pullChanges()).filteredOn(ComplaintChange.StatusChanged.class::isInstance).isEmpty();

        now = created.plus(Duration.ofHours(20));
        complaint.checkSla(now);
        assertThat(complaint.escalationLevel()).isEqualTo(3);
        assertThat(complaint.nextSlaCheckAt()).isNull();
    }

    @Test
    void aMonitorThatWasDownCatchesUpInOnePass() {
        Complaint complaint = raise(Priority.CRITICAL, SlaPolicy.DEFAULT, Instant.parse("2026-11-20T04:30:00Z"));
        now = now.plus(Duration.ofDays(1));
        complaint.checkSla(now);

        assertThat(complaint.escalationLevel()).isEqualTo(3);
        List<ComplaintChange> changes = complaint.pullChanges();
        assertThat(slaLog(changes)).extracting(SlaLogEntry::kind).containsExactly(
                SlaLogEntry.Kind.WARNED, SlaLogEntry.Kind.BREACHED, SlaLogEntry.Kind.WARNED, SlaLogEntry.Kind.BREACHED);
        assertThat(changes).filteredOn(ComplaintChange.Escalated.class::isInstance).hasSize(1);
    }

    @Test
    void businessHoursBreachesCountOnlyWorkingTime() {
        Complaint complaint = raise(Priority.CRITICAL, OFFICE_POLICY, ist("2026-11-20T17:30"));
        complaint.checkSla(ist("2026-11-23T23:00"));
        assertThat(complaint.pullChanges()).isEmpty();
        assertThat(complaint.nextSlaCheckAt()).isEqualTo(ist("2026-11-24T09:18"));
    }

    /** The monitor stores only marks, level, status and times (MariaDbComplaintRepository#saveSlaChecks). */
    @Test
    void theMonitorNeverStartsStopsOrPausesAClock() {
        Complaint complaint = raise(Priority.CRITICAL, SlaPolicy.DEFAULT, Instant.parse("2026-11-20T04:30:00Z"));
        Instant created = now;
        advance(Duration.ofMinutes(30));
        complaint.addUpdate(support("Looking", ComplaintUpdate.Visibility.PUBLIC));
        advance(Duration.ofMinutes(10));
        complaint.addUpdate(customer("Still broken"));
        complaint.pullChanges();
        List<String> clocks = clockStates(complaint);

        for (Duration at : List.of(Duration.ofMinutes(50), Duration.ofHours(2), Duration.ofHours(4), Duration.ofHours(7),
                Duration.ofHours(20))) {
            complaint.checkSla(created.plus(at));
            assertThat(clockStates(complaint)).isEqualTo(clocks);
        }
        assertThat(complaint.escalationLevel()).isEqualTo(3);
        assertThat(complaint.clock(SlaClockKind.NEXT_RESPONSE).breached()).isTrue();
    }

    @Test
    void onlyABreachOfTheMonitorsFindingsMovesTheCustomersHealth() {
        Complaint complaint = raise(Priority.CRITICAL, SlaPolicy.DEFAULT, Instant.parse("2026-11-20T04:30:00Z"));
        Instant created = now;
        complaint.checkSla(created.plus(Duration.ofMinutes(50)));
        ChangedComplaint warned = ChangedComplaint.pulledFrom(complaint);
        assertThat(warned.changes()).isNotEmpty();
        assertThat(warned.affectsCustomerHealth()).isFalse();

        complaint.checkSla(created.plus(Duration.ofMinutes(61)));
        ChangedComplaint breached = ChangedComplaint.pulledFrom(complaint);
        assertThat(slaLog(breached.changes())).extracting(SlaLogEntry::kind).containsExactly(SlaLogEntry.Kind.BREACHED);
        assertThat(breached.affectsCustomerHealth()).isTrue();
    }

    private static List<String> clockStates(Complaint complaint) {
        return complaint.clocks().stream().map(c -> c.kind() + " " + c.state() + " " + c.consumed() + " " + c.runningSince()
                + " " + c.stoppedAt()).toList();
    }

    @Test
    void policiesAreMatchedInOrderByTypePriorityAndSegment() {
        SlaPolicy vipCritical = new SlaPolicy("vip", "VIP", 1, Set.of(), Set.of(Priority.CRITICAL), Set.of("vip"),
                SlaTargets.DEFAULT, BusinessCalendarTest.OFFICE, 80, List.of(0));
        SlaPolicy billing = new SlaPolicy("billing", "Billing", 2, Set.of(ComplaintType.BILLING), Set.of(), Set.of(),
                SlaTargets.DEFAULT, BusinessCalendarTest.OFFICE, 80, List.of(0));
        List<SlaPolicy> policies = List.of(billing, vipCritical);

        assertThat(SlaPolicy.firstMatching(policies, ComplaintType.BILLING, Priority.CRITICAL, "vip")).isEqualTo(vipCritical);
        assertThat(SlaPolicy.firstMatching(policies, ComplaintType.BILLING, Priority.CRITICAL, "standard")).isEqualTo(billing);
        assertThat(SlaPolicy.firstMatching(policies, ComplaintType.DELAY, Priority.LOW, "standard")).isEqualTo(SlaPolicy.DEFAULT);
    }

    private ComplaintUpdate support(String body, ComplaintUpdate.Visibility visibility) {
        return new ComplaintUpdate(UUID.randomUUID(), "s-1", ComplaintUpdate.AuthorRole.SUPPORT, visibility, body, List.of(), now);
    }

    private ComplaintUpdate customer(String body) {
        return new ComplaintUpdate(UUID.randomUUID(), "42", ComplaintUpdate.AuthorRole.CUSTOMER,
                ComplaintUpdate.Visibility.PUBLIC, body, List.of(), now);
    }
}
