package dev.curvature.bench;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curvature.api.Optimizers;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MemoryCheckTest {

    @Test
    void theDenseMethodsAreTheOnesThatKeepMatrices() {
        Set<String> dense = new TreeSet<>();
        for (String name : Optimizers.names()) {
            if (MemoryCheck.dense(name)) {
                dense.add(name);
            }
        }
        assertEquals(new TreeSet<>(List.of("newton", "damped-newton", "levenberg-newton", "newton-trust-region",
                "saddle-free-newton", "bfgs", "dfp", "sr1")), dense);
    }

    @Test
    void theEstimateCountsMatricesAndVectors() {
        assertEquals(2 * 8L * 1000 * 1000 + 30 * 8L * 1000, MemoryCheck.bytes("bfgs", 1000));
        assertEquals(30 * 8L * 1000, MemoryCheck.bytes("lbfgs", 1000));
    }

    @Test
    void aMethodThatDoesNotFitIsRefusedWithTheEstimateAndTheMethodsThatFit() {
        long budget = 10_000_000; // 10 MB
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MemoryCheck.require(List.of("bfgs"), 1000, Optimizers.names(), "--n 1000", budget));
        assertTrue(e.getMessage().startsWith("--n 1000: bfgs needs about 16.2 MB at n = 1000"
                + " (2 dense 1000×1000 matrices and 30 vectors), more than the 10.0 MB of heap available;"
                + " methods that fit: "), e.getMessage());
        for (String fits : List.of("lbfgs", "newton-cg", "newton-trust-region-cg")) {
            assertTrue(e.getMessage().contains(fits), e.getMessage());
        }
        assertTrue(!e.getMessage().contains("dfp"), e.getMessage());
        assertDoesNotThrow(() -> MemoryCheck.require(List.of("lbfgs"), 1000, Optimizers.names(), "--n", budget));
    }

    @Test
    void beyondTheLargestArrayADenseMethodIsRefusedWhateverTheHeap() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MemoryCheck.require(List.of("newton"), 46_341, Optimizers.names(), "--n", Long.MAX_VALUE));
        assertTrue(e.getMessage().contains("beyond the largest Java array (n ≤ 46340"), e.getMessage());
        assertDoesNotThrow(() -> MemoryCheck.require(List.of("newton"), 46_340, Optimizers.names(), "--n",
                Long.MAX_VALUE));
    }
}
