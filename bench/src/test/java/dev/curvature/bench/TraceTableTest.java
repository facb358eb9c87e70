package dev.curvature.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curvature.api.Optimizers;
import dev.curvature.problems.TestProblems;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code run --trace} shows the record of every pass of the driver. */
class TraceTableTest {

    @Test
    void aTrustRegionRunShowsItsRefusedTrialsAndALineSearchRunItsSlopes() {
        List<String> lines = new ArrayList<>();
        var rosenbrock = TestProblems.byName("rosenbrock");
        Optimizers.named("sr1").minimize(rosenbrock.objective(), rosenbrock.start(), info -> {
            lines.add(TraceTable.line(info));
            return true;
        });
        String[] columns = TraceTable.header().trim().split("\\s+");
        assertEquals(16, columns.length, TraceTable.header());
        assertTrue(lines.get(0).contains(" start "), lines.get(0));
        String refused = lines.stream().filter(l -> l.split("\\s+")[2].equals("n")).findFirst()
                .orElseThrow(() -> new AssertionError("sr1 from x0 refuses its first trial"));
        assertTrue(refused.contains(" trust "), refused);
        assertEquals(columns.length, refused.trim().split("\\s+").length, refused);

        lines.clear();
        Optimizers.named("lbfgs").minimize(rosenbrock.objective(), rosenbrock.start(), info -> {
            lines.add(TraceTable.line(info));
            return true;
        });
        String[] first = lines.get(1).trim().split("\\s+");
        assertEquals("model", first[4], lines.get(1));
        assertTrue(Double.parseDouble(first[5]) < 0, "a descent slope gᵀp: " + lines.get(1));
    }
}
