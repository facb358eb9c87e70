package dev.curvature.lapack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.curvature.problems.TestProblem;
import dev.curvature.problems.TestProblems;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * OpenBLAS against EJML on the Hessians Newton's method meets: every shipped test problem (and the
 * scalable ones at n = 100) at its start point, ten times farther out, half-way to the known
 * minimizer, and at the minimizer (singular for Powell's function). Eigenvalues (relative to
 * ‖H‖₂), well-separated eigenvectors and the inertia agree to 1e-10; Cholesky and LDLᵀ make the
 * same decisions and their solutions agree to max(1e-10, κ₂ε) relative, to 1e-10 in backward error.
 * The default build checks the MGH problems at their own sizes and six n ≈ 100 problems; the other
 * n ≈ 100 problems are tagged slow and run with {@code -Pfull}.
 */
class TestProblemHessiansTest {
    private static final double EPS = Math.ulp(1.0);
    private static final OpenBlasBackend OPENBLAS = new OpenBlasBackend();

    @BeforeAll
    static void nativeLibraryLoads() {
        assumeTrue(OPENBLAS.available(), "OpenBLAS native library did not load on this platform; skipping");
    }

    /** Of the n ≈ 100 problems, these stay in the default build; the others are tagged slow. */
    private static final Set<String> FAST_LARGE = Set.of("arwhead", "broydn7d", "dixmaana", "powellsg",
            "woods", "penalty1");

    /** Every shipped problem, and the scalable MGH ones at n = 100 too. */
    private static List<TestProblem> allProblems() {
        List<TestProblem> all = new ArrayList<>(TestProblems.all());
        for (TestProblem p : TestProblems.all()) {
            if (p.scalable() && p.dimension() < 100) {
                try {
                    all.add(p.withDimension(100));
                } catch (IllegalArgumentException notAtThisSize) {
                    // e.g. Watson is defined for n ≤ 31 only
                }
            }
        }
        return all;
    }

    private static boolean fast(TestProblem p) {
        return p.dimension() <= 12 || (FAST_LARGE.contains(p.name()) && p.dimension() >= 90);
    }

    private static Stream<Named<TestProblem>> named(Stream<TestProblem> problems) {
        return problems.map(p -> Named.of(p.name() + " (n = " + p.dimension() + ")", p));
    }

    /** Default build: the MGH problems at their own sizes and six of the n ≈ 100 problems. */
    static Stream<Named<TestProblem>> problems() {
        return named(allProblems().stream().filter(TestProblemHessiansTest::fast));
    }

    /** -Pfull: the other n ≈ 100 problems (the long matrix). */
    static Stream<Named<TestProblem>> largeProblems() {
        return named(allProblems().stream().filter(p -> !fast(p)));
    }

    private static List<double[]> points(TestProblem problem) {
        List<double[]> points = new ArrayList<>();
        double[] x0 = problem.start();
        points.add(x0);
        double[] far = x0.clone();
        for (int i = 0; i < far.length; i++) {
            far[i] *= 10;
        }
        points.add(far);
        problem.knownMinimizer().ifPresent(xStar -> {
            double[] mid = new double[xStar.length];
            for (int i = 0; i < mid.length; i++) {
                mid[i] = 0.5 * (x0[i] + xStar[i]);
            }
            points.add(mid);
            points.add(xStar);
        });
        return points;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("largeProblems")
    @Tag("slow")
    void largeHessiansFactorTheSameWayInBothBackends(TestProblem problem) {
        hessiansFactorTheSameWayInBothBackends(problem);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problems")
    void hessiansFactorTheSameWayInBothBackends(TestProblem problem) {
        int n = problem.dimension();
        Random random = new Random(n);
        double[] b = Matrices.gaussian(n, random);
        for (double[] x : points(problem)) {
            DMatrixRMaj h = new DMatrixRMaj(n, n);
            problem.objective().hessian(x, h);
            if (!dev.curvature.api.spi.Vectors.allFinite(h.data)
                    || dev.curvature.api.spi.Vectors.normInf(h.data) == 0) {
                continue; // overflow at a far point, or H = 0: nothing to factor
            }
            Comparison c = new Comparison(OPENBLAS, h, 0, b, 1e-8);
            double allowed = Math.max(AgreementWithEjmlTest.TOLERANCE, c.condition * EPS);
            AgreementWithEjmlTest.assertEigenAgreement(c);
            // Decisions (inertia with its 10⁻⁸ zero threshold, Cholesky success, solvability with
            // the nε singularity threshold) are compared where κ ≤ 10⁶, two orders of magnitude
            // from the nearest threshold; closer to singular both answers are right, and the
            // solutions are compared below whenever both backends solve.
            boolean decisive = c.condition <= 1e6;
            if (decisive) {
                assertEquals(c.ejmlInertia, c.nativeInertia, c.toString());
                assertEquals(c.ejmlCholesky, c.nativeCholesky, c.toString());
            }
            if (c.nativeCholesky && c.ejmlCholesky) {
                assertTrue(c.scaledPivotDifference <= allowed, c.toString());
                assertTrue(c.choleskySolution <= allowed, c.toString());
                assertTrue(c.choleskyResidual <= AgreementWithEjmlTest.TOLERANCE, c.toString());
            }
            if (decisive) {
                assertEquals(c.ejmlIndefiniteSolved, c.nativeIndefiniteSolved, c.toString());
            }
            if (c.nativeIndefiniteSolved && c.ejmlIndefiniteSolved) {
                assertTrue(c.indefiniteSolution <= allowed, c.toString());
                assertTrue(c.indefiniteResidual <= AgreementWithEjmlTest.TOLERANCE, c.toString());
            }
        }
    }
}
