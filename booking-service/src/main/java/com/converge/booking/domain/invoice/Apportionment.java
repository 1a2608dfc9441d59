package com.converge.booking.domain.invoice;

import java.math.BigInteger;

/**
 * Shares an amount of paise out in proportion to weights by the largest-remainder method: every
 * share is rounded down, then the paise left over go one each to the largest fractions (the first
 * of equal ones). The shares add up to the amount exactly, and when the amount is at most the sum of
 * the weights no share exceeds its weight.
 */
final class Apportionment {

    private Apportionment() {
    }

    static long[] of(long amount, long[] weights) {
        long whole = 0;
        for (long weight : weights) {
            whole += weight;
        }
        long[] shares = new long[weights.length];
        if (whole == 0 || amount == 0) {
            return shares;
        }
        long[] fractions = new long[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            BigInteger product = BigInteger.valueOf(amount).multiply(BigInteger.valueOf(weights[i]));
            BigInteger[] division = product.divideAndRemainder(BigInteger.valueOf(whole));
            shares[i] = division[0].longValueExact();
            fractions[i] = division[1].longValueExact();
            given += shares[i];
        }
        for (long left = amount - given; left > 0; left--) {
            int largest = -1;
            for (int i = 0; i < weights.length; i++) {
                if (fractions[i] > 0 && (largest < 0 || fractions[i] > fractions[largest])) {
                    largest = i;
                }
            }
            shares[largest]++;
            fractions[largest] = 0;
        }
        return shares;
    }
}
