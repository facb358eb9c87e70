package dev.curvature.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curvature.api.IterationInfo;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

class ConvergenceTraceTest {

    /** A reusable view, as the driver hands out: the trace must copy, not keep it. */
    private static final class View implements IterationInfo {
        int k;
        double f;
        double g;

        @Override public int iteration() {
            return k;
        }

        @Override public double[] point() {
            return new double[] {0};
        }

        @Override public double value() {
            return f;
        }

        @Override public double[] gradient() {
            return new double[] {g};
        }

        @Override public double gradientNorm() {
            return g;
        }

        @Override public double stepLength() {
            return 1;
        }

        @Override public double stepNorm() {
            return 0;
        }

        @Override public int valueEvaluations() {
            return k + 1;
        }

        @Override public int gradientEvaluations() {
            return k + 1;
        }

        @Override public int hessianEvaluations() {
            return k;
        }

        @Override public long elapsedNanos() {
            return 0;
        }

        @Override public boolean accepted() {
            return true;
        }

        @Override public dev.curvature.api.DirectionKind directionKind() {
            return dev.curvature.api.DirectionKind.MODEL;
        }

        @Override public double slope() {
            return -1;
        }

        @Override public double initialStepLength() {
            return 1;
        }

        @Override public int stepEvaluations() {
            return 1;
        }

        @Override public double trustRadius() {
            return Double.NaN;
        }

        @Override public double ratio() {
            return Double.NaN;
        }

        @Override public int innerIterations() {
            return 0;
        }
    }

    private static ConvergenceTrace trace(double[] f, double[] g) {
        ConvergenceTrace trace = new ConvergenceTrace();
        View view = new View();
        for (int i = 0; i < f.length; i++) {
            view.k = i;
            view.f = f[i];
            view.g = g[i];
            assertTrue(trace.onIteration(view), "the trace never stops a run");
        }
        return trace;
    }

    @Test
    void recordsCopiesOfEveryIterateBeyondTheInitialCapacity() {
        int n = 200;
        double[] f = new double[n];
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            f[i] = Math.pow(2, -i);
            g[i] = 3 * Math.pow(2, -i);
        }
        ConvergenceTrace t = trace(f, g);
        assertEquals(n, t.size());
        assertArrayEquals(f, t.values(), 0);
        assertArrayEquals(g, t.gradientNorms(), 0);
        assertEquals(199, t.iterations()[199]);
    }

    @Test
    void theLogPlotLeavesOutValuesItCannotShowAndSaysSo() {
        ConvergenceTrace t = trace(new double[] {5, 2, 1, 1}, new double[] {4, 1e-3, 0, Double.NaN});
        XYChart chart = Charts.convergence(t, 1, "f*", "test");
        List<XYSeries> series = List.copyOf(chart.getSeriesMap().values());
        assertEquals(2, series.size());
        assertEquals("f − f* (2 points ≤ 0 or not finite omitted)", series.get(0).getName());
        assertArrayEquals(new double[] {0, 1}, series.get(0).getXData(), 0);
        assertArrayEquals(new double[] {4, 1}, series.get(0).getYData(), 0);
        assertArrayEquals(new double[] {4, 1e-3}, series.get(1).getYData(), 0);
    }

    @Test
    void aRunWithNothingPositiveToPlotStillDraws() throws Exception {
        ConvergenceTrace t = trace(new double[] {0}, new double[] {0});
        XYChart chart = Charts.convergence(t, 0, "f*", "started at the minimizer");
        assertTrue(chart.getTitle().contains("no positive values"), chart.getTitle());
        assertTrue(BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG).length > 1000);
    }
}
