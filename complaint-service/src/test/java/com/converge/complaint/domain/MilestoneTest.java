package com.converge.complaint.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MilestoneTest {

    @Test
    void aCompletedBookingIsTheFirstAndTheFifthOneIsTheFifth() {
        assertThat(Milestone.reachedByCompletion(Purchase.Kind.BOOKING, 1)).containsExactly(Milestone.FIRST_BOOKING_COMPLETED);
        assertThat(Milestone.reachedByCompletion(Purchase.Kind.BOOKING, 4)).containsExactly(Milestone.FIRST_BOOKING_COMPLETED);
        assertThat(Milestone.reachedByCompletion(Purchase.Kind.BOOKING, 5))
                .containsExactly(Milestone.FIRST_BOOKING_COMPLETED, Milestone.FIFTH_BOOKING_COMPLETED);
    }

    @Test
    void aDeliveredOrderIsTheFirstDelivery() {
        assertThat(Milestone.reachedByCompletion(Purchase.Kind.ORDER, 7)).containsExactly(Milestone.FIRST_ORDER_DELIVERED);
    }
}
