package com.converge.booking.config;

import io.smallrye.config.ConfigMapping;
import java.math.BigDecimal;
import java.time.Duration;

/** booking-service's business settings (application.properties, each overridable by its environment variable). */
@ConfigMapping(prefix = "converge.booking")
public interface BookingSettings {

    /** The state the business is GST-registered in (SUPPLIER_STATE), a two-letter code such as KA. */
    String supplierState();

    /** The tax invoices' series (INVOICE_SERIES), 1-4 letters or digits. */
    String invoiceSeries();

    /** The credit notes' series (CREDIT_NOTE_SERIES). */
    String creditNoteSeries();

    /** Cancelling is free until this long before the first slot (CANCELLATION_WINDOW). */
    Duration cancellationWindow();

    /** The fee for cancelling inside the window once a provider is assigned (CANCELLATION_FEE), INR. */
    BigDecimal cancellationFee();

    /** Rescheduling is free until this long before the first slot (RESCHEDULE_WINDOW). */
    Duration rescheduleWindow();

    /** The fee for rescheduling inside the window once a provider is assigned (RESCHEDULE_FEE), INR. */
    BigDecimal rescheduleFee();

    /** How many times one booking may be rescheduled (RESCHEDULE_LIMIT). */
    int rescheduleLimit();

    /** Whether POST /api/v1/demo-data loads demo data (true only in the dev, test and local profiles). */
    boolean demoDataEnabled();

    /** What the referred customer and the referrer each get when the referred customer's first booking completes (REFERRAL_REWARD), INR. */
    BigDecimal referralReward();

    /** The share of a booking's total, in percent, paid before it can be confirmed (MINIMUM_ADVANCE); the rest is due at completion. */
    BigDecimal minimumAdvance();

    /** The commission, in percent of the taxable value, for categories without a rate in commission_rate (COMMISSION_DEFAULT). */
    BigDecimal commissionDefault();

    /**
     * How long a catalog change made elsewhere (another replica, SQL) may take to be seen here (CATALOG_MAX_AGE);
     * changes through this service's own endpoints are seen at once.
     */
    Duration catalogMaxAge();
}
