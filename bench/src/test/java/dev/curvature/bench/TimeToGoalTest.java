package dev.curvature.bench;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curvature.bench.jmh.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The arithmetic and the checks of the time-to-goal suite, on made-up runs (nothing is timed). */
class TimeToGoalTest {
    private static final int N = 1000;

    private static TimeToGoal.Results results() {
        return new TimeToGoal.Results(List.of(new TimeToGoal.External("curvature-lbfgs", List.of()),
                new TimeToGoal.External("peer", List.of())));
    }

    private static void add(TimeToGoal.Results r, String problem, String solver, boolean reached,
            double... millis) {
        for (double ms : millis) {
            r.add(N, problem, solver, new TimeToGoal.Run(
                    new Outcome(10, 12, 12, reached ? 1e-9 : 1, reached, reached ? "goal" : "stalled"),
                    ms, Double.NaN, 0.5));
        }
    }

    @Test
    void ratioIsTheGeometricMeanOfMedianTimesOverProblemsBothSolved() {
        TimeToGoal.Results r = results();
        add(r, "srosenbr", "curvature-lbfgs", true, 10, 11, 100); // median 11
        add(r, "srosenbr", "peer", true, 22, 23, 21);              // median 22: ratio 2
        add(r, "woods", "curvature-lbfgs", true, 10, 10, 10);
        add(r, "woods", "peer", true, 5, 4, 6);                 // ratio 1/2
        add(r, "liarwhd", "curvature-lbfgs", true, 10, 10, 10);
        add(r, "liarwhd", "peer", false, 1, 1, 1);                // missed: left out
        double[] ratio = r.geometricMeanRatio(N, List.of("srosenbr", "woods", "liarwhd"), "peer", true);
        assertEquals(1.0, ratio[0], 1e-12);
        assertEquals(2, ratio[1]);
        assertEquals(Double.POSITIVE_INFINITY, r.time(N, "liarwhd", "peer"));
        assertEquals(11, r.time(N, "srosenbr", "curvature-lbfgs"), 1e-12);
    }

    @Test
    void reportGivesTheRatioTheMissAndWritesTheProfile(@TempDir Path out) {
        TimeToGoal.Results r = results();
        add(r, "srosenbr", "curvature-lbfgs", true, 10);
        add(r, "srosenbr", "peer", true, 30);
        add(r, "liarwhd", "curvature-lbfgs", true, 10);
        add(r, "liarwhd", "peer", false, 1);
        String report = r.report(new int[] {N}, List.of("srosenbr", "liarwhd"), new int[] {1}, "cmd", out, null);
        assertTrue(report.contains("| peer | 3.00 (1) | – | 1 |"), report);
        assertTrue(report.contains("- peer on liarwhd: stalled after 10 iterations"), report);
        assertTrue(Files.isRegularFile(out.resolve("profile-n" + N + ".png")));
    }

    @Test
    void anExternalTwinThatDisagreesWithJavaAtTheStartIsRefused() {
        assertThrows(IllegalStateException.class, () -> TimeToGoal.checkTwin("f(x0)", 1 + 1e-8, 1));
        assertDoesNotThrow(() -> TimeToGoal.checkTwin("f(x0)", 1.2e7 * (1 + 1e-12), 1.2e7));
    }
}
