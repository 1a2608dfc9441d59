package com.converge.booking.domain;

import com.converge.kernel.domain.InvalidValueException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * India's 28 states and 8 union territories by their two-letter codes, each with the numeric code
 * GST uses (the first two digits of a GSTIN).
 */
public enum StateCode {
    AN("Andaman and Nicobar Islands", 35), AP("Andhra Pradesh", 37), AR("Arunachal Pradesh", 12), AS("Assam", 18),
    BR("Bihar", 10), CH("Chandigarh", 4), CG("Chhattisgarh", 22),
    DH("Dadra and Nagar Haveli and Daman and Diu", 26), DL("Delhi", 7), GA("Goa", 30), GJ("Gujarat", 24),
    HP("Himachal Pradesh", 2), HR("Haryana", 6), JH("Jharkhand", 20), JK("Jammu and Kashmir", 1),
    KA("Karnataka", 29), KL("Kerala", 32), LA("Ladakh", 38), LD("Lakshadweep", 31), MH("Maharashtra", 27),
    ML("Meghalaya", 17), MN("Manipur", 14), MP("Madhya Pradesh", 23), MZ("Mizoram", 15), NL("Nagaland", 13),
    OD("Odisha", 21), PB("Punjab", 3), PY("Puducherry", 34), RJ("Rajasthan", 8), SK("Sikkim", 11),
    TN("Tamil Nadu", 33), TS("Telangana", 36), TR("Tripura", 16), UP("Uttar Pradesh", 9), UK("Uttarakhand", 5),
    WB("West Bengal", 19);

    private final String stateName;
    private final int gstCode;

    StateCode(String stateName, int gstCode) {
        this.stateName = stateName;
        this.gstCode = gstCode;
    }

    public String stateName() {
        return stateName;
    }

    public int gstCode() {
        return gstCode;
    }

    public static StateCode of(String field, String value) {
        return Arrays.stream(values())
                .filter(s -> s.name().equals(value))
                .findFirst()
                .orElseThrow(() -> new InvalidValueException(field, "must be one of "
                        + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "))));
    }
}
