package org.reelwright.screenplay;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Rounds parts of a page count to whole eighths so that they add up to a given total (largest-remainder method):
 * every part first gets its exact share rounded down, parts that must show at least 1/8 are raised to it, and the
 * eighths still missing go to the parts with the largest remainders (or, when the minimums overshoot, are taken back
 * from the parts with the smallest remainders that can spare one). Each part ends within one eighth of its exact
 * share, apart from the raise to the minimum. Ties go to the earlier part, so the result is deterministic.
 */
final class EighthsRounding {

    private EighthsRounding() {
    }

    /**
     * @param exact each part's exact share, in eighths (not negative)
     * @param atLeastOne which parts must get at least one eighth
     * @param total the sum wanted; at least the number of parts that must get one
     */
    static int[] allocate(double[] exact, boolean[] atLeastOne, int total) {
        int n = exact.length;
        int minimum = 0;
        for (boolean b : atLeastOne) {
            minimum += b ? 1 : 0;
        }
        if (n == 0 && total != 0) {
            throw new IllegalArgumentException("there are no parts to share " + total + " eighths between");
        }
        if (total < minimum) {
            throw new IllegalArgumentException("total " + total + " is below the " + minimum + " eighths required");
        }
        int[] result = new int[n];
        long sum = 0;
        for (int i = 0; i < n; i++) {
            result[i] = (int) Math.floor(exact[i]);
            if (atLeastOne[i] && result[i] < 1) {
                result[i] = 1;
            }
            sum += result[i];
        }
        List<Integer> order = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        if (sum < total) {
            // Parts raised to their minimum already hold more than their share; they are last in line.
            order.sort(Comparator.comparingDouble((Integer i) -> -remainderAfter(exact[i], result[i]))
                    .thenComparingInt(i -> i));
            long missing = total - sum;
            for (int k = 0; missing > 0; k = (k + 1) % n) {
                result[order.get(k)]++;
                missing--;
            }
        } else if (sum > total) {
            order.sort(Comparator.comparingDouble((Integer i) -> remainderAfter(exact[i], result[i]))
                    .thenComparingInt(i -> -i));
            long surplus = sum - total;
            while (surplus > 0) {
                for (int k = 0; k < n && surplus > 0; k++) {
                    int i = order.get(k);
                    if (result[i] > (atLeastOne[i] ? 1 : 0)) {
                        result[i]--;
                        surplus--;
                    }
                }
            }
        }
        return result;
    }

    /** How far the exact share is above the eighths given (negative when more than the share was given). */
    private static double remainderAfter(double exact, int given) {
        return exact - given;
    }
}
