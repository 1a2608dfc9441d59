package com.converge.booking.adapter.inbound.demo;

import com.converge.booking.domain.Pincode;
import com.converge.booking.domain.StateCode;
import java.util.List;

/**
 * Cities the demo data lives in, with their state and the first of a run of real-looking pincodes
 * (the head post office's, counting up): customers live in the first few, the bulk providers of a
 * benchmark spread over many more.
 */
record DemoCity(String name, StateCode state, int firstPincode) {

    static final List<DemoCity> ALL = List.of(
            new DemoCity("Bengaluru", StateCode.KA, 560001), new DemoCity("Mumbai", StateCode.MH, 400001),
            new DemoCity("New Delhi", StateCode.DL, 110001), new DemoCity("Chennai", StateCode.TN, 600001),
            new DemoCity("Hyderabad", StateCode.TS, 500001), new DemoCity("Pune", StateCode.MH, 411001),
            new DemoCity("Kolkata", StateCode.WB, 700001), new DemoCity("Ahmedabad", StateCode.GJ, 380001),
            new DemoCity("Jaipur", StateCode.RJ, 302001), new DemoCity("Lucknow", StateCode.UP, 226001),
            new DemoCity("Kochi", StateCode.KL, 682001), new DemoCity("Chandigarh", StateCode.CH, 160001),
            new DemoCity("Indore", StateCode.MP, 452001), new DemoCity("Bhubaneswar", StateCode.OD, 751001),
            new DemoCity("Coimbatore", StateCode.TN, 641001), new DemoCity("Mysuru", StateCode.KA, 570001),
            new DemoCity("Gurugram", StateCode.HR, 122001), new DemoCity("Noida", StateCode.UP, 201301),
            new DemoCity("Visakhapatnam", StateCode.AP, 530001), new DemoCity("Nagpur", StateCode.MH, 440001));

    /** Pincodes customers live in, per city; the base providers cover these. */
    static final int RESIDENTIAL_PINCODES = 3;
    /** Pincodes per city the bulk providers of a benchmark spread over. */
    static final int ALL_PINCODES = 50;

    Pincode pincode(int offset) {
        return new Pincode(Integer.toString(firstPincode + offset));
    }
}
