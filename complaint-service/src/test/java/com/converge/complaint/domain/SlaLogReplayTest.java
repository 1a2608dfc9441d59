package com.converge.complaint.domain;

import static com.converge.complaint.domain.BusinessCalendarTest.ist;
import static org.assertj.core.api.Assertions.assertThat;

import com.converge.kernel.domain.CustomerId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A complaint is driven through its life; its SLA log, replayed, must tell what its live clocks tell. */
class SlaLogReplayTest {

    private static final SlaPolicy OFFICE_POLICY = new SlaPolicy("office", "Office hours", 1, Set.of(), Set.of(), Set.of(),
            SlaTargets.DEFAULT, BusinessCalendarTest.OFFICE, 80, List.of(0, 50, 100));

    private final List<SlaLogEntry> log = new ArrayList<>();
    private Complaint complaint;
    private Instant now;

    private void raise(Priority priority, SlaPolicy policy, Instant at) {
        now = at;
        complaint = Complaint.raise(new CustomerId(42), ComplaintType.DAMAGE, priority, "Broken", "Tap broke",
                ComplaintReference.NONE, policy, SlaPolicy.STANDARD_SEGMENT, "42", now);
        collect();
    }

    private void collect() {
        complaint.pullChanges().stream().filter(ComplaintChange.SlaLogged.class::isInstance)
                .map(c -> ((ComplaintChange.SlaLogged) c).entry()).forEach(log::add);
    }

    private void advance(Duration by) {
        now = now.plus(by);
    }

    private List<SlaEpisode> replay(SlaClockKind clock, SlaPolicy policy) {
        return SlaLogReplay.episodes(clock, log, policy, complaint.priority(), now);
    }

    @Test
    void aPausedAndAnsweredComplaintReplaysToTheLiveClocksElapsedTimeAndOutcome() {
        raise(Priority.HIGH, SlaPolicy.DEFAULT, Instant.parse("2026-11-20T04:30:00Z"));
        advance(Duration.ofHours(1));
        complaint.addUpdate(support("Which tap?"));
        complaint.changeStatus(ComplaintStatus.WAITING_ON_CUSTOMER, "asked for a photo", "s-1", now);
        collect();
        advance(Duration.ofHours(30));
        complaint.addUpdate(customer("Here is the photo"));
        collect();
        advance(Duration.ofHours(2));

        for (SlaClockKind kind : SlaClockKind.values()) {
            List<SlaEpisode> episodes = replay(kind, SlaPolicy.DEFAULT);
            SlaClockReading live = complaint.reading(kind, now);
            assertThat(episodes).hasSize(1);
            assertThat(episodes.get(0).businessTime()).as(kind.name()).isEqualTo(live.elapsed());
        }
        assertThat(replay(SlaClockKind.FIRST_RESPONSE, SlaPolicy.DEFAULT).get(0).outcome()).isEqualTo(SlaEpisode.Outcome.MET);
        // 1 h before the pause + 2 h since the reply; the 30 h waiting on the customer do not count
        assertThat(replay(SlaClockKind.RESOLUTION, SlaPolicy.DEFAULT).get(0).businessTime()).isEqualTo(Duration.ofHours(3));
        assertThat(replay(SlaClockKind.RESOLUTION, SlaPolicy.DEFAULT).get(0).outcome()).isEqualTo(SlaEpisode.Outcome.PENDING);
    }

    @Test
    void everyCustomerMessageAfterTheFirstReplyIsItsOwnNextResponseRun() {
        raise(Priority.CRITICAL, SlaPolicy.DEFAULT, Instant.parse("2026-11-20T04:30:00Z"));
        advance(Duration.ofMinutes(20));
        complaint.addUpdate(support("On it"));
        advance(Duration.ofMinutes(10));
        complaint.addUpdate(customer("Any news?"));
        advance(Duration.ofMinutes(30));
        complaint.addUpdate(support("Technician booked"));
        advance(Duration.ofMinutes(5));
        complaint.addUpdate(customer("Nobody came"));
        advance(Duration.ofMinutes(90));
        complaint.addUpdate(support("Sorry, rebooked"));
        collect();

        List<SlaEpisode> next = replay(SlaClockKind.NEXT_RESPONSE, SlaPolicy.DEFAULT);

        assertThat(next).extracting(SlaEpisode::businessTime).containsExactly(Duration.ofMinutes(30), Duration.ofMinutes(90));
        assertThat(next).extracting(SlaEpisode::outcome).containsExactly(SlaEpisode.Outcome.MET, SlaEpisode.Outcome.BREACHED);
    }

    @Test
    void aReopenedComplaintsResolutionRunContinuesFromTheTimeItHadUsed() {
        raise(Priority.MEDIUM, SlaPolicy.DEFAULT, Instant.parse("2026-11-20T04:30:00Z"));
        advance(Duration.ofHours(10));
        complaint.resolve("Fixed", null, "s-1", now);
        advance(Duration.ofDays(2));
        complaint.reopen("42", now);
        advance(Duration.ofHours(4));
        complaint.resolve("Fixed again", null, "s-1", now);
        collect();

        List<SlaEpisode> resolution = replay(SlaClockKind.RESOLUTION, SlaPolicy.DEFAULT);

        assertThat(resolution).hasSize(1);
        assertThat(resolution.get(0).businessTime()).isEqualTo(Duration.ofHours(14));
        assertThat(resolution.get(0).fulfilledAt()).isEqualTo(now);
        assertThat(resolution.get(0).outcome()).isEqualTo(SlaEpisode.Outcome.MET);
    }

    @Test
    void aPriorityChangeRetargetsTheRunWithoutRestartingIt() {
        raise(Priority.LOW, SlaPolicy.DEFAULT, Instant.parse("2026-11-20T04:30:00Z"));
        advance(Duration.ofHours(2));
        complaint.changePriority(Priority.CRITICAL, "s-1", now);
        advance(Duration.ofMinutes(1));
        complaint.addUpdate(support("Looking now"));
        collect();

        List<SlaEpisode> first = replay(SlaClockKind.FIRST_RESPONSE, SlaPolicy.DEFAULT);

        assertThat(first).hasSize(1);
        assertThat(first.get(0).businessTime()).isEqualTo(Duration.ofMinutes(121));
        assertThat(first.get(0).target()).isEqualTo(Duration.ofHours(1));
        assertThat(first.get(0).outcome()).isEqualTo(SlaEpisode.Outcome.BREACHED);
    }

    @Test
    void replayedUnderAnOfficeHoursCalendarTheSameLogMeetsWhatRoundTheClockBreached() {
        // raised Friday 17:30 IST, answered Monday 08:00 IST: 62.5 h round the clock, 30 min of office time
        raise(Priority.HIGH, SlaPolicy.DEFAULT, ist("2026-11-20T17:30"));
        now = ist("2026-11-23T08:00");
        complaint.addUpdate(support("Sorry for the wait"));
        collect();

        SlaEpisode roundTheClock = replay(SlaClockKind.FIRST_RESPONSE, SlaPolicy.DEFAULT).get(0);
        SlaEpisode office = replay(SlaClockKind.FIRST_RESPONSE, OFFICE_POLICY).get(0);

        assertThat(roundTheClock.businessTime()).isEqualTo(Duration.ofMinutes(62 * 60 + 30));
        assertThat(roundTheClock.outcome()).isEqualTo(SlaEpisode.Outcome.BREACHED);
        assertThat(office.businessTime()).isEqualTo(Duration.ofMinutes(30));
        assertThat(office.outcome()).isEqualTo(SlaEpisode.Outcome.MET);
    }

    @Test
    void warningsAndBreachesInTheLogCountNothingTheTimesDo() {
        raise(Priority.CRITICAL, SlaPolicy.DEFAULT, Instant.parse("2026-11-20T04:30:00Z"));
        advance(Duration.ofMinutes(65));
        complaint.checkSla(now);
        collect();
        assertThat(log).extracting(SlaLogEntry::kind).contains(SlaLogEntry.Kind.WARNED, SlaLogEntry.Kind.BREACHED);

        SlaEpisode first = replay(SlaClockKind.FIRST_RESPONSE, SlaPolicy.DEFAULT).get(0);
        SlaEpisode underLongerTargets = SlaLogReplay.episodes(SlaClockKind.FIRST_RESPONSE, log, SlaPolicy.DEFAULT,
                Priority.LOW, now).get(0);

        assertThat(first.outcome()).isEqualTo(SlaEpisode.Outcome.BREACHED);
        assertThat(underLongerTargets.outcome()).isEqualTo(SlaEpisode.Outcome.PENDING);
    }

    @Test
    void aClockThatNeverStartedHasNoRun() {
        raise(Priority.HIGH, SlaPolicy.DEFAULT, Instant.parse("2026-11-20T04:30:00Z"));

        assertThat(replay(SlaClockKind.NEXT_RESPONSE, SlaPolicy.DEFAULT)).isEmpty();
    }

    private ComplaintUpdate support(String body) {
        return new ComplaintUpdate(UUID.randomUUID(), "s-1", ComplaintUpdate.AuthorRole.SUPPORT, ComplaintUpdate.Visibility.PUBLIC,
                body, List.of(), now);
    }

    private ComplaintUpdate customer(String body) {
        return new ComplaintUpdate(UUID.randomUUID(), "42", ComplaintUpdate.AuthorRole.CUSTOMER,
                ComplaintUpdate.Visibility.PUBLIC, body, List.of(), now);
    }
}
