package dev.curvature.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curvature.api.Bounds;
import dev.curvature.api.ConvergenceCriteria;
import dev.curvature.api.OptimizationResult;
import dev.curvature.api.Optimizers;
import dev.curvature.api.TwiceDifferentiable;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * The contract every result keeps, checked by jqwik over random objectives and random faults for
 * every registered method (issue 17):
 * <ul>
 *   <li>nothing but an {@link Error} escapes {@code minimize};
 *   <li>the value is finite, equals f(point) and is at most f(x0);
 *   <li>{@code converged()} implies that ‖∇f‖∞ at the point meets the tolerance — or is within
 *       10³ times it, or the message says in words that f's noise explains it.
 * </ul>
 * The objectives: a sum of scaled Rosenbrock terms and double wells (nonconvex, with saddles and
 * maxima), scaled by 10^k for k in [−8, 30], from random starts. The faults, drawn per trial: none,
 * NaN values, −∞ values, +∞ gradients, an exception whose {@code getMessage()} throws, a random
 * evaluation budget, a listener that writes into the arrays it is given.
 *
 * <p>Under bounds (issue 19) the same contract holds with the box: every method either refuses
 * finite bounds with an {@link IllegalArgumentException} naming it, or never evaluates f outside
 * the box, returns a point of the box no worse than P(x0), and is {@code converged()} only where
 * the projected gradient ‖P(x − g) − x‖∞ meets the tolerance (within 10³).
 */
class ResultContractTest {

    enum Fault { NONE, NAN_VALUE, MINUS_INFINITY, INFINITE_GRADIENT, BROKEN_EXCEPTION, BUDGET, SCRIBBLING_LISTENER }

    static TwiceDifferentiable randomObjective(int n, double scale, Random random) {
        double[] a = new double[n];
        boolean[] well = new boolean[n];
        for (int i = 0; i < n; i++) {
            a[i] = Math.pow(10, random.nextInt(5) - 2);
            well[i] = random.nextBoolean();
        }
        return TwiceDifferentiable.of(n, x -> {
            double f = 0;
            for (int i = 0; i < n; i++) {
                f += well[i] ? a[i] * (Math.pow(x[i], 4) / 4 - x[i] * x[i] / 2)
                        : a[i] * Math.pow(1 - x[i], 2);
                if (i + 1 < n) {
                    f += 10 * Math.pow(x[i + 1] - x[i] * x[i], 2);
                }
            }
            return scale * f;
        }, (x, g) -> {
            for (int i = 0; i < n; i++) {
                g[i] = well[i] ? a[i] * (Math.pow(x[i], 3) - x[i]) : -2 * a[i] * (1 - x[i]);
            }
            for (int i = 0; i + 1 < n; i++) {
                double d = x[i + 1] - x[i] * x[i];
                g[i] += -40 * x[i] * d;
                g[i + 1] += 20 * d;
            }
            for (int i = 0; i < n; i++) {
                g[i] *= scale;
            }
        }, (x, h) -> {
            h.zero();
            for (int i = 0; i < n; i++) {
                h.add(i, i, well[i] ? a[i] * (3 * x[i] * x[i] - 1) : 2 * a[i]);
            }
            for (int i = 0; i + 1 < n; i++) {
                h.add(i, i, -40 * (x[i + 1] - x[i] * x[i]) + 80 * x[i] * x[i]);
                h.add(i, i + 1, -40 * x[i]);
                h.add(i + 1, i, -40 * x[i]);
                h.add(i + 1, i + 1, 20);
            }
            for (int i = 0; i < h.data.length; i++) {
                h.data[i] *= scale;
            }
        });
    }

    static TwiceDifferentiable faulty(TwiceDifferentiable f, Fault fault, Random random) {
        int strikeAt = 2 + random.nextInt(30);
        int[] calls = {0};
        RuntimeException broken = new RuntimeException() {
            @Override
            public String getMessage() {
                throw new IllegalStateException("the message itself fails");
            }
        };
        return TwiceDifferentiable.of(f.dimension(), x -> {
            calls[0]++;
            double v = f.value(x);
            return switch (fault) {
                case NAN_VALUE -> calls[0] >= strikeAt && random.nextBoolean() ? Double.NaN : v;
                case MINUS_INFINITY -> calls[0] >= strikeAt && random.nextBoolean()
                        ? Double.NEGATIVE_INFINITY : v;
                case BROKEN_EXCEPTION -> {
                    if (calls[0] == strikeAt) {
                        throw broken;
                    }
                    yield v;
                }
                default -> v;
            };
        }, (x, g) -> {
            f.gradient(x, g);
            if (fault == Fault.INFINITE_GRADIENT && random.nextInt(5) == 0) {
                g[0] = Double.POSITIVE_INFINITY;
            }
        }, f::hessian);
    }

    @Property(tries = 60, seed = "20261206")
    void everyResultKeepsTheContract(@ForAll @IntRange(min = 1, max = 6) int n,
            @ForAll @IntRange(min = -8, max = 30) int scaleExponent,
            @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        Random random = new Random(seed);
        double scale = Math.pow(10, scaleExponent);
        TwiceDifferentiable clean = randomObjective(n, scale, random);
        double[] x0 = new double[n];
        for (int i = 0; i < n; i++) {
            x0[i] = 3 * random.nextGaussian();
        }
        double f0 = clean.value(x0);
        Fault fault = Fault.values()[random.nextInt(Fault.values().length)];
        for (String method : Optimizers.names()) {
            Random faults = new Random(seed + method.hashCode());
            TwiceDifferentiable f = faulty(clean, fault, faults);
            ConvergenceCriteria criteria = ConvergenceCriteria.defaults();
            if (fault == Fault.BUDGET) {
                criteria = criteria.withMaxEvaluations(1 + faults.nextInt(60));
            }
            OptimizationResult r = Optimizers.named(method).withCriteria(criteria).minimize(f, x0,
                    fault == Fault.SCRIBBLING_LISTENER ? info -> {
                        info.point()[0] = Double.NaN;
                        info.gradient()[0] = 0;
                        return true;
                    } : info -> true);
            String what = method + " n=" + n + " scale=1e" + scaleExponent + " seed=" + seed
                    + " fault=" + fault + ": " + r.message();
            assertTrue(Double.isFinite(r.value()), what);
            assertEquals(clean.value(r.point()), r.value(), 0.0, "value is f(point); " + what);
            assertTrue(r.value() <= f0, "no worse than x0; " + what);
            if (r.converged()) {
                assertFirstOrder(r, Bounds.unbounded(n), clean, criteria, what);
            }
        }
    }

    @Property(tries = 40, seed = "20261207")
    void everyBoundedResultKeepsTheContract(@ForAll @IntRange(min = 1, max = 6) int n,
            @ForAll @IntRange(min = -8, max = 30) int scaleExponent,
            @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        Random random = new Random(seed);
        double scale = Math.pow(10, scaleExponent);
        TwiceDifferentiable clean = randomObjective(n, scale, random);
        double[] lower = new double[n];
        double[] upper = new double[n];
        double[] x0 = new double[n];
        for (int i = 0; i < n; i++) {
            double a = 3 * random.nextGaussian();
            double b = 3 * random.nextGaussian();
            lower[i] = random.nextInt(4) == 0 ? Double.NEGATIVE_INFINITY : Math.min(a, b);
            upper[i] = random.nextInt(4) == 0 ? Double.POSITIVE_INFINITY : Math.max(a, b);
            x0[i] = 3 * random.nextGaussian(); // often outside the box
        }
        Bounds box = Bounds.of(lower, upper);
        double[] start = new double[n];
        box.project(x0, start);
        double f0 = clean.value(start);
        Fault fault = Fault.values()[random.nextInt(Fault.values().length)];
        for (String method : Optimizers.names()) {
            Random faults = new Random(seed + method.hashCode());
            TwiceDifferentiable faulty = faulty(clean, fault, faults);
            boolean[] outside = {false};
            TwiceDifferentiable f = TwiceDifferentiable.of(n, x -> {
                outside[0] |= !box.contains(x);
                return faulty.value(x);
            }, (x, g) -> {
                outside[0] |= !box.contains(x);
                faulty.gradient(x, g);
            }, faulty::hessian);
            ConvergenceCriteria criteria = ConvergenceCriteria.defaults();
            if (fault == Fault.BUDGET) {
                criteria = criteria.withMaxEvaluations(1 + faults.nextInt(60));
            }
            var optimizer = Optimizers.named(method).withCriteria(criteria);
            if (!box.hasFiniteBound()) {
                continue;
            }
            OptimizationResult r;
            try {
                r = optimizer.minimize(f, x0, box);
            } catch (IllegalArgumentException refused) {
                assertTrue(refused.getMessage().contains("'" + method + "'"),
                        "a refusal names the method: " + refused.getMessage());
                continue;
            }
            String what = method + " n=" + n + " scale=1e" + scaleExponent + " seed=" + seed
                    + " fault=" + fault + " " + box + ": " + r.message();
            assertTrue(!outside[0], "f evaluated outside the box; " + what);
            assertTrue(box.contains(r.point()), "the point is in the box; " + what);
            assertTrue(Double.isFinite(r.value()), what);
            assertEquals(clean.value(r.point()), r.value(), 0.0, "value is f(point); " + what);
            assertTrue(r.value() <= f0, "no worse than P(x0); " + what);
            if (r.converged()) {
                assertFirstOrder(r, box, clean, criteria, what);
            }
        }
        assertThrows(IllegalArgumentException.class, () -> Optimizers.named("bfgs")
                .minimize(clean, x0, Bounds.nonNegative(n + 1)), "bounds of the wrong length");
    }

    /**
     * A converged result's first-order measure ‖P(x − g) − x‖∞ (‖g‖∞ without bounds), from the
     * clean gradient, meets the tolerance within 10³, or the message says f's noise explains it.
     */
    private static void assertFirstOrder(OptimizationResult r, Bounds box, TwiceDifferentiable f,
            ConvergenceCriteria criteria, String what) {
        double[] g = new double[f.dimension()];
        f.gradient(r.point(), g);
        double tolerance = Math.max(criteria.gradientTolerance(),
                criteria.relativeGradientTolerance() * Math.max(1, Math.abs(r.value())));
        double measure = box.projectedGradientNorm(r.point(), g);
        assertTrue(measure <= 1e3 * tolerance || r.message().contains("noise"),
                "converged with a first-order measure of " + measure + "; " + what);
    }
}
