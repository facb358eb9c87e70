package dev.curvature.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.curvature.api.OptimizationResult;
import dev.curvature.api.SecondOrder;
import dev.curvature.api.TerminationReason;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Rows of a comparison become the cost matrix of a profile: one problem per (problem, start). */
class CostMeasureTest {

    private static Row row(String method, String problem, double start, boolean solved, int f, int g,
            int h, long nanos) {
        OptimizationResult r = new OptimizationResult(new double[] {0}, 0, new double[] {0}, 0, 1, f, g,
                h, solved ? TerminationReason.GRADIENT_TOLERANCE : TerminationReason.MAX_ITERATIONS,
                Duration.ofNanos(nanos), "test", Optional.empty(), SecondOrder.UNCHECKED);
        return new Row(method, problem, 2, start, r, 0, false, solved, null);
    }

    private static final List<Row> ROWS = List.of(
            row("a", "p", 1, true, 10, 10, 10, 2_000),
            row("b", "p", 1, true, 20, 15, 0, 1_000),
            row("a", "p", 10, false, 5, 5, 5, 1_000),
            row("b", "p", 10, true, 40, 30, 0, 4_000),
            row("a", "q", 1, true, 3, 3, 3, 0),
            new Row("b", "q", 2, 1, null, 0, false, false, "refused"));

    @Test
    void evaluationsCountFunctionGradientAndHessianAndFailuresAreInfinite() {
        PerformanceProfile p = CostMeasure.EVALUATIONS.profile(ROWS, List.of("a", "b"));
        assertEquals(3, p.problemCount(), "instances: p×1, p×10, q×1");
        assertEquals(1.0, p.ratio(0, 0));
        assertEquals(35.0 / 30.0, p.ratio(0, 1), 1e-15);
        assertEquals(Double.POSITIVE_INFINITY, p.ratio(1, 0), "unsolved run");
        assertEquals(1.0, p.ratio(1, 1));
        assertEquals(1.0, p.ratio(2, 0));
        assertEquals(Double.POSITIVE_INFINITY, p.ratio(2, 1), "refused run");
    }

    @Test
    void functionGradientEvaluationsLeaveOutTheHessians() {
        PerformanceProfile p = CostMeasure.FUNCTION_GRADIENT_EVALUATIONS.profile(ROWS, List.of("a", "b"));
        assertEquals(35.0 / 20.0, p.ratio(0, 1), 1e-15);
        assertEquals(1.0, p.ratio(0, 0));
    }

    @Test
    void timeUsesSecondsWithAOneNanosecondFloor() {
        PerformanceProfile p = CostMeasure.TIME.profile(ROWS, List.of("a", "b"));
        assertEquals(2.0, p.ratio(0, 0), 1e-12);
        assertEquals(1.0, p.ratio(0, 1));
        assertEquals(1.0, p.ratio(2, 0), "a zero elapsed time counts as 1 ns instead of breaking the ratio");
    }
}
