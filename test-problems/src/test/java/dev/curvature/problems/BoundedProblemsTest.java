package dev.curvature.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curvature.api.Bounds;
import dev.curvature.api.TwiceDifferentiable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link TestProblems#bounded()}: the catalogue (≥ 30 distinct names, each found by
 * {@code byName}, disjoint from the unconstrained sets), exact derivatives against central
 * differences at the start and at a feasible interior point, and the published minimizers:
 * feasible, attaining f* to the solved tolerance, and first-order critical (projected gradient
 * ‖P(x* − ∇f(x*)) − x*‖∞ small beside its value at x0).
 */
class BoundedProblemsTest {

    /** Every bounded problem, and each scalable one again at a second, small size. */
    static Stream<TestProblem> cases() {
        List<TestProblem> cases = new ArrayList<>();
        for (TestProblem p : TestProblems.bounded()) {
            cases.add(p);
            if (p.scalable()) {
                cases.add(DerivativesMatchFiniteDifferencesTest.otherSize(p));
            }
        }
        return cases.stream();
    }

    static Stream<TestProblem> withKnownMinimizer() {
        return cases().filter(p -> p.knownMinimizer().isPresent());
    }

    static Bounds box(TestProblem p) {
        return p.bounds().orElseThrow(() -> new AssertionError(p.name() + " has no bounds"));
    }

    /**
     * A feasible point away from the bounds: 45% of the way across a finite interval, half a unit
     * (relative to the bound's size) inside a one-sided bound, the start nudged where there is
     * no bound, the fixed value where l = u.
     */
    static double[] interior(TestProblem p) {
        Bounds b = box(p);
        double[] x = p.start();
        for (int i = 0; i < x.length; i++) {
            double l = b.lower(i);
            double u = b.upper(i);
            if (Double.isFinite(l) && Double.isFinite(u)) {
                x[i] = l + 0.45 * (u - l);
            } else if (Double.isFinite(l)) {
                x[i] = l + 0.5 * Math.max(1, Math.abs(l));
            } else if (Double.isFinite(u)) {
                x[i] = u - 0.5 * Math.max(1, Math.abs(u));
            } else {
                x[i] += 0.1 * FiniteDifferences.scale(x[i]);
            }
        }
        return x;
    }

    @Test
    void boundedHasAtLeastThirtyDistinctProblemsEachFoundByName() {
        List<TestProblem> bounded = TestProblems.bounded();
        Set<String> names = new HashSet<>();
        for (TestProblem p : bounded) {
            assertTrue(names.add(p.name()), "duplicate " + p.name());
            assertTrue(p.name().matches("[a-z0-9]+(-[a-z0-9]+)*"), p.name());
            assertSame(p, TestProblems.byName(p.name().toUpperCase(java.util.Locale.ROOT)));
        }
        assertTrue(names.size() >= 30, "only " + names.size() + " bounded problems");
    }

    @Test
    void boundedIsDisjointFromTheUnconstrainedSets() {
        for (TestProblem p : TestProblemsCatalogueTest.everyProblem()) {
            assertFalse(p.bounds().isPresent(), p.name() + " is unconstrained but has bounds");
            assertTrue(TestProblems.bounded().stream().noneMatch(q -> q.name().equals(p.name())),
                    p.name() + " is in both");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyProblemHasABoxAPublishedMinimumAndASource(TestProblem p) {
        Bounds b = box(p);
        assertEquals(p.dimension(), b.dimension(), p.name());
        assertTrue(b.hasFiniteBound(), p.name() + " has no finite bound");
        assertTrue(p.knownMinimum().isPresent(), p.name() + " has no f*");
        assertTrue(p.source().length() > 10, p.name() + " source: " + p.source());
        assertEquals(p.dimension(), p.start().length, p.name());
        assertEquals(p.dimension(), p.objective().dimension(), p.name());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void gradientMatchesCentralDifferencesAtStartAndInterior(TestProblem p) {
        TwiceDifferentiable f = p.objective();
        for (double[] x : List.of(p.start(), interior(p))) {
            assertTrue(Double.isFinite(f.value(x)), p.name() + " f not finite");
            double[] g = new double[x.length];
            double fx = f.valueAndGradient(x, g);
            assertEquals(f.value(x), fx, 0.0, p.name() + " valueAndGradient");
            for (int j = 0; j < x.length; j++) {
                DerivativesMatchFiniteDifferencesTest.assertClose(g[j],
                        FiniteDifferences.partial(f, x, j), p.name() + " g[" + j + "]");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void hessianAndHessianVectorMatchCentralDifferencesAtStartAndInterior(TestProblem p) {
        TwiceDifferentiable f = p.objective();
        int n = p.dimension();
        for (double[] x : List.of(p.start(), interior(p))) {
            DMatrixRMaj h = new DMatrixRMaj(n, n);
            f.hessian(x, h);
            for (int j = 0; j < n; j++) {
                double[] col = FiniteDifferences.hessianColumn(f, x, j);
                for (int i = 0; i < n; i++) {
                    DerivativesMatchFiniteDifferencesTest.assertClose(h.get(i, j), col[i],
                            p.name() + " H[" + i + "][" + j + "]");
                }
            }
            double[] v = new double[n];
            for (int j = 0; j < n; j++) {
                v[j] = (j % 3 - 1) * FiniteDifferences.scale(x[j]);
            }
            double[] hv = new double[n];
            f.hessianVector(x, v, hv);
            for (int i = 0; i < n; i++) {
                double s = 0;
                double norm = 0;
                for (int j = 0; j < n; j++) {
                    s += h.get(i, j) * v[j];
                    norm = Math.max(norm, Math.abs(h.get(i, j) * v[j]));
                }
                assertEquals(s, hv[i], 1e-12 * Math.max(1, norm), p.name() + " Hv[" + i + "]");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("withKnownMinimizer")
    void publishedMinimizerIsFeasibleAttainsFStarAndIsFirstOrderCritical(TestProblem p) {
        Bounds b = box(p);
        TwiceDifferentiable f = p.objective();
        double[] xStar = p.knownMinimizer().orElseThrow();
        double fStar = p.knownMinimum().orElseThrow();
        assertTrue(b.contains(xStar), p.name() + ": x* outside the box");
        double fx = f.value(xStar);
        assertEquals(fStar, fx, Solved.TOLERANCE * Math.max(1, Math.abs(fStar)),
                p.name() + ": f(x*)");
        double[] g = new double[xStar.length];
        f.gradient(xStar, g);
        double[] x0 = p.start();
        b.project(x0, x0);
        double[] g0 = new double[x0.length];
        f.gradient(x0, g0);
        double scale = Math.max(1, b.projectedGradientNorm(x0, g0));
        double kkt = b.projectedGradientNorm(xStar, g);
        assertTrue(kkt <= 1e-6 * scale,
                p.name() + ": ‖P(x* − ∇f) − x*‖∞ = " + kkt + " at the published x* (scale " + scale + ")");
    }

    @Test
    void scalableProblemsKeepTheirBoxAtOtherSizesAndFixedOnesRefuseThem() {
        int scalable = 0;
        for (TestProblem p : TestProblems.bounded()) {
            if (!p.scalable()) {
                assertThrows(IllegalArgumentException.class, () -> p.withDimension(p.dimension() + 1),
                        p.name());
                continue;
            }
            scalable++;
            TestProblem q = DerivativesMatchFiniteDifferencesTest.otherSize(p);
            assertEquals(p.name(), q.name());
            assertEquals(q.dimension(), box(q).dimension(), q.name());
            assertEquals(box(p).lower(0), box(q).lower(0), q.name());
            assertEquals(box(p).upper(0), box(q).upper(0), q.name());
            assertEquals(p.knownMinimum(), q.knownMinimum(), q.name());
        }
        assertTrue(scalable >= 5, "scalable bounded problems: " + scalable);
    }
}
