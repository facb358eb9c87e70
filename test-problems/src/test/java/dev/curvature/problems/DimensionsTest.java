package dev.curvature.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DimensionsTest {

    /** The declared rule is exactly what each problem's constructor accepts. */
    @Test
    void everyProblemDeclaresExactlyTheDimensionsItAccepts() {
        for (TestProblem p : TestProblems.all()) {
            Dimensions d = p.dimensions();
            assertEquals(p.scalable(), d.scalable(), p.name());
            assertTrue(d.allows(p.dimension()), p.name() + " allows its own n");
            for (int n = 1; n <= 64; n++) {
                boolean accepted;
                try {
                    accepted = p.withDimension(n).dimension() == n;
                } catch (IllegalArgumentException e) {
                    accepted = false;
                }
                assertEquals(d.allows(n), accepted, p.name() + " (" + d + ") at n = " + n);
            }
            int rounded = d.nearest(1000);
            assertTrue(d.allows(rounded), p.name());
            assertEquals(rounded, p.withDimension(rounded).dimension(), p.name());
        }
    }

    @Test
    void nearestRoundsToTheClosestAllowedSizeAndUpOnATie() {
        Dimensions four = Dimensions.multiplesOf(4, 4);
        assertEquals(1000, four.nearest(1000));
        assertEquals(1000, four.nearest(1001));
        assertEquals(1004, four.nearest(1002));
        assertEquals(4, four.nearest(1));
        assertEquals(999, Dimensions.multiplesOf(3, 3).nearest(1000));
        assertEquals(31, Dimensions.between(2, 31).nearest(1000));
        assertEquals(2, Dimensions.between(2, 31).nearest(-5));
        assertEquals(10, Dimensions.fixed(10).nearest(1000));
        assertEquals(2_000_000_000, Dimensions.atLeast(1).nearest(2_000_000_000L));
        assertEquals(Integer.MAX_VALUE - 1, Dimensions.multiplesOf(2, 2).nearest(Long.MAX_VALUE));
        assertFalse(Dimensions.multiplesOf(2, 4).allows(2));
    }

    @Test
    void theRuleReadsInWords() {
        assertEquals("n ≥ 2", Dimensions.atLeast(2).toString());
        assertEquals("any n", Dimensions.atLeast(1).toString());
        assertEquals("multiple of 4", Dimensions.multiplesOf(4, 4).toString());
        assertEquals("even, n ≥ 4", Dimensions.multiplesOf(2, 4).toString());
        assertEquals("2 ≤ n ≤ 31", Dimensions.between(2, 31).toString());
        assertEquals("fixed", Dimensions.fixed(3).toString());
    }
}
