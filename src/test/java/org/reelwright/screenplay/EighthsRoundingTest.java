package org.reelwright.screenplay;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EighthsRoundingTest {

    @Test
    void sharesGoToTheLargestRemainders() {
        int[] result = EighthsRounding.allocate(new double[] {2.6, 3.3, 4.1}, new boolean[] {true, true, true}, 10);
        assertArrayEquals(new int[] {3, 3, 4}, result);
    }

    @Test
    void tinyScenesGetAtLeastAnEighthAndOthersGiveWay() {
        int[] result = EighthsRounding.allocate(new double[] {0.2, 0.2, 4.6}, new boolean[] {true, true, true}, 5);
        assertArrayEquals(new int[] {1, 1, 3}, result);
    }

    @Test
    void partWithoutMinimumMayGetNothing() {
        int[] result = EighthsRounding.allocate(new double[] {0.3, 2.7}, new boolean[] {false, true}, 3);
        assertArrayEquals(new int[] {0, 3}, result);
    }

    /**
     * Property check over seeded random shares: the sum is kept and minimums hold; each part stays within an eighth
     * of its exact share, or within two when the minimums of tiny parts overshoot the total and others must give.
     */
    @Test
    void sumAlwaysMatchesTheTotalAndEachPartStaysNearItsShare() {
        Random random = new Random(20_250_106L);
        for (int run = 0; run < 2_000; run++) {
            int n = 1 + random.nextInt(60);
            double[] exact = new double[n];
            boolean[] min = new boolean[n];
            double sum = 0;
            int minimum = 0;
            long floorsWithMinimums = 0;
            for (int i = 0; i < n; i++) {
                exact[i] = random.nextInt(4) == 0 ? random.nextDouble() * 0.9 : random.nextDouble() * 30;
                min[i] = random.nextInt(10) > 0;
                sum += exact[i];
                minimum += min[i] ? 1 : 0;
                floorsWithMinimums += Math.max((long) Math.floor(exact[i]), min[i] ? 1 : 0);
            }
            int total = (int) Math.max(Math.round(sum), minimum);
            int[] result = EighthsRounding.allocate(exact, min, total);
            assertEquals(total, Arrays.stream(result).sum(), "run " + run);
            double allowed = floorsWithMinimums <= total ? 1 : 2;
            for (int i = 0; i < n; i++) {
                assertTrue(!min[i] || result[i] >= 1, "run " + run + " part " + i);
                boolean raised = min[i] && exact[i] < 1 && result[i] == 1;
                assertTrue(raised || Math.abs(result[i] - exact[i]) < allowed,
                        "run " + run + " part " + i + ": " + result[i] + " for " + exact[i]);
            }
        }
    }
}
