package com.converge.bench.booking;

import com.converge.bench.Database;
import com.converge.bench.Scenario;
import com.converge.bench.Settings;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** booking-service on the local stack and its database. */
final class Bookings {

    static final Database DB = new Database(Settings.get("BOOKING_DATABASE", "booking"));
    static final Scenario.Service SERVICE = new Scenario.Service("booking-service", "BOOKING_PORT", 8081);

    /**
     * The benchmark's own customers, ids FIRST_CUSTOMER + 1.. (the demo data's are 900001-, registrations
     * count from 1), each with one default address whose id is the customer's id.
     */
    static final long FIRST_CUSTOMER = 800_000;
    static final int CUSTOMERS = Settings.integer("CUSTOMERS", 1_000);
    /** The last id the benchmark may use: the demo data's customers start at 900001 and must not be touched. */
    static final long LAST_CUSTOMER = 899_999;
    static final String BENCH_CUSTOMERS = "customer_id BETWEEN " + (FIRST_CUSTOMER + 1) + " AND " + LAST_CUSTOMER;

    private Bookings() {
    }

    /**
     * Empties what earlier runs left for the benchmark's customers (their bookings and items, addresses,
     * idempotency keys, the customers) and loads CUSTOMERS customers with one address each in one of the
     * ten cities of the catalog scenario (half of them outside the supplier's state, so both GST splits
     * are computed). The demo data and the catalog are left alone.
     */
    static void loadCustomers() throws SQLException {
        if (FIRST_CUSTOMER + CUSTOMERS > LAST_CUSTOMER) {
            throw new IllegalArgumentException("CUSTOMERS is at most " + (LAST_CUSTOMER - FIRST_CUSTOMER));
        }
        System.out.printf("booking: loading %,d customers with an address into %s%n", CUSTOMERS, DB.name());
        DB.execute("emptied the benchmark customers' bookings, addresses and idempotency keys",
                "DELETE FROM booking_item WHERE booking_id IN (SELECT id FROM booking WHERE " + BENCH_CUSTOMERS + ")",
                "DELETE FROM booking WHERE " + BENCH_CUSTOMERS,
                "DELETE FROM address WHERE " + BENCH_CUSTOMERS,
                "DELETE FROM idempotency_key WHERE scope LIKE 'create-booking:8_____'",
                "DELETE FROM customer WHERE id BETWEEN " + (FIRST_CUSTOMER + 1) + " AND " + LAST_CUSTOMER);
        int to = (int) FIRST_CUSTOMER + CUSTOMERS;
        String seq = "seq_" + (FIRST_CUSTOMER + 1) + "_to_" + to;
        DB.execute(String.format("inserted %,d customers and addresses", CUSTOMERS),
                "INSERT INTO customer (id, name, phone, email, referral_code, registered_at)"
                        + " SELECT seq, CONCAT('Bench customer ', seq), CONCAT('+9172', LPAD(seq, 8, '0')),"
                        + " CONCAT('bench.', seq, '@example.in'), CONCAT('CV', LPAD(REPLACE(REPLACE(seq, '0', 'Z'), '1', 'Y'), 8, 'B')), UTC_TIMESTAMP(6) FROM " + seq,
                "INSERT INTO address (id, customer_id, label, line1, city, state_code, pincode, is_default, created_at)"
                        + " SELECT seq, seq, 'Home', CONCAT(seq % 100, ', Main Road'),"
                        + " ELT(1 + seq % 10, 'Bengaluru', 'Mumbai', 'New Delhi', 'Chennai', 'Kolkata', 'Hyderabad', 'Pune',"
                        + " 'Ahmedabad', 'Jaipur', 'Lucknow'),"
                        + " ELT(1 + seq % 10, 'KA', 'MH', 'DL', 'TN', 'WB', 'TS', 'MH', 'GJ', 'RJ', 'UP'),"
                        + " ELT(1 + seq % 10, " + String.join(", ", CatalogSimulation.PINCODES.stream().map(p -> "'" + p + "'").toList())
                        + "), TRUE, UTC_TIMESTAMP(6) FROM " + seq);
    }

    /** Rate cards bookable anywhere and at any time: a booking of two of them is valid at every benchmark address. */
    static List<Long> everywhereRateCards() throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection connection = DB.connect();
             PreparedStatement query = connection.prepareStatement("""
                     SELECT id FROM rate_card WHERE all_pincodes AND active_from IS NULL AND active_until IS NULL ORDER BY id""");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }
}
