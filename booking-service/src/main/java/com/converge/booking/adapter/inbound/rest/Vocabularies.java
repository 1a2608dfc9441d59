package com.converge.booking.adapter.inbound.rest;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The booking API's closed sets of values, each one named schema that fields and filters refer to
 * ({@code @Schema(implementation = Vocabularies.Status.class)}), so a generated client gets one enum
 * per vocabulary. VocabulariesTest keeps each list equal to its domain enum.
 */
final class Vocabularies {

    private Vocabularies() {
    }

    @Schema(name = "BookingStatus", type = SchemaType.STRING,
            enumeration = {"pending", "confirmed", "in_progress", "completed", "cancelled"})
    static final class Status {
    }

    @Schema(name = "PaymentMethod", type = SchemaType.STRING, enumeration = {"wallet", "upi", "card", "netbanking", "cash"})
    static final class Method {
    }

    @Schema(name = "PaymentOutcome", type = SchemaType.STRING, enumeration = {"succeeded", "failed"},
            description = "What the payment gateway reported; a payment recorded without one succeeded")
    static final class Outcome {
    }

    @Schema(name = "RefundDestination", type = SchemaType.STRING, enumeration = {"wallet", "original_method"},
            description = "Where refunded money goes: the wallet at once, or original_method (the default): back the way the "
                    + "booking was first paid (the wallet when that was the wallet)")
    static final class Destination {
    }

    @Schema(name = "WalletEntryDirection", type = SchemaType.STRING, enumeration = {"credit", "debit"})
    static final class Direction {
    }

    @Schema(name = "WalletEntryReason", type = SchemaType.STRING,
            enumeration = {"referral", "refund", "compensation", "adjustment", "booking_payment"})
    static final class Reason {
    }

    @Schema(name = "StateCode", type = SchemaType.STRING, description = "Two-letter state or union territory code",
            enumeration = {"AN", "AP", "AR", "AS", "BR", "CH", "CG", "DH", "DL", "GA", "GJ", "HP", "HR", "JH", "JK", "KA", "KL",
                "LA", "LD", "MH", "ML", "MN", "MP", "MZ", "NL", "OD", "PB", "PY", "RJ", "SK", "TN", "TS", "TR", "UP", "UK", "WB"})
    static final class State {
    }
}
