package dev.curvature.lapack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.curvature.api.linalg.Inertia;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * OpenBLAS against EJML on random matrices with chosen spectra. Solutions, pivot ratios, inertia,
 * eigenvalues (relative to ‖A‖₂) and eigenvectors agree to 1e-10. For matrices so ill-conditioned
 * (κ ≥ 1e8) that two backward-stable solvers cannot agree to 1e-10 in the solution itself, the
 * solutions agree to 1e-10 in backward-error units and differ by at most κε, as perturbation
 * theory allows (Higham, Accuracy and Stability of Numerical Algorithms, §7.1).
 */
class AgreementWithEjmlTest {
    static final double TOLERANCE = 1e-10;
    private static final double EPS = Math.ulp(1.0);
    private static final OpenBlasBackend OPENBLAS = new OpenBlasBackend();

    @BeforeAll
    static void nativeLibraryLoads() {
        assumeTrue(OPENBLAS.available(), "OpenBLAS native library did not load on this platform; skipping");
    }

    static void assertEigenAgreement(Comparison c) {
        assertTrue(c.eigenvalues <= TOLERANCE, c.toString());
        assertTrue(c.eigenvectors <= TOLERANCE, c.toString());
        assertTrue(c.nativeEigenResidual <= TOLERANCE, c.toString());
        assertTrue(c.nativeOrthogonality <= TOLERANCE, c.toString());
    }

    /** Everything agrees to 1e-10: for matrices with κ ≤ 1e6. */
    static void assertFullAgreement(Comparison c) {
        assertEquals(c.ejmlCholesky, c.nativeCholesky, c.toString());
        if (c.nativeCholesky) {
            assertTrue(c.scaledPivotDifference <= TOLERANCE, c.toString());
            assertTrue(c.choleskySolution <= TOLERANCE, c.toString());
        }
        assertEquals(c.ejmlInertia, c.nativeInertia, c.toString());
        assertTrue(c.nativeIndefiniteSolved && c.ejmlIndefiniteSolved, c.toString());
        assertTrue(c.indefiniteSolution <= TOLERANCE, c.toString());
        assertEigenAgreement(c);
    }

    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {1, 2, 3, 10, 65, 200})
    void randomSpdMatricesGiveTheSameSolutionsPivotsAndSpectrum(int n) {
        Random random = new Random(n);
        DMatrixRMaj a = Matrices.spd(n, 1e3, random);
        double[] b = Matrices.gaussian(n, random);
        for (double shift : new double[] {0, 0.5}) {
            Comparison c = new Comparison(OPENBLAS, a, shift, b, 1e-8);
            System.out.println("spd " + c);
            assertTrue(c.nativeCholesky, c.toString());
            assertEquals(new Inertia(n, 0, 0), c.nativeInertia, c.toString());
            assertFullAgreement(c);
        }
    }

    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {2, 3, 10, 65, 200})
    void randomIndefiniteMatricesGiveTheSameInertiaSolutionsAndSpectrum(int n) {
        Random random = new Random(100 + n);
        int negatives = Math.max(1, n / 3);
        DMatrixRMaj a = Matrices.indefinite(n, negatives, random);
        double[] b = Matrices.gaussian(n, random);
        Comparison c = new Comparison(OPENBLAS, a, 0, b, 1e-8);
        System.out.println("indefinite " + c);
        assertFalse(c.nativeCholesky, c.toString());
        assertEquals(new Inertia(n - negatives, negatives, 0), c.nativeInertia, c.toString());
        assertFullAgreement(c);
    }

    /** Graded spectra 10·κ^(−i/(n−1)): SPD, and the same with one eigenvalue mid-range negated. */
    private static Comparison[] graded(double condition) {
        int n = 80;
        Random random = new Random((long) Math.log10(condition));
        double[] lambda = Matrices.geometric(n, 10, condition);
        double[] b = Matrices.gaussian(n, random);
        // Inertia tolerance below 1/κ: for SPD matrices every LDLᵀ pivot lies in [λmin, λmax].
        double zero = 0.1 / condition;
        Comparison spd = new Comparison(OPENBLAS, Matrices.withEigenvalues(lambda, random), 0, b, zero);
        lambda[n / 2] *= -1;
        Comparison indefinite = new Comparison(OPENBLAS, Matrices.withEigenvalues(lambda, random), 0, b, zero);
        System.out.println("graded spd " + spd);
        System.out.println("graded indefinite " + indefinite);
        assertEquals(new Inertia(n, 0, 0), spd.nativeInertia, spd.toString());
        assertEquals(new Inertia(n - 1, 1, 0), indefinite.nativeInertia, indefinite.toString());
        return new Comparison[] {spd, indefinite};
    }

    @ParameterizedTest(name = "κ = {0}")
    @ValueSource(doubles = {1e4, 1e5, 1e6})
    void illConditionedMatricesStillAgreeToTenDigits(double condition) {
        for (Comparison c : graded(condition)) {
            assertFullAgreement(c);
        }
    }

    @ParameterizedTest(name = "κ = {0}")
    @ValueSource(doubles = {1e8, 1e10, 1e12})
    void nearSingularMatricesAgreeInSpectrumAndInBackwardError(double condition) {
        for (Comparison c : graded(condition)) {
            assertEquals(c.ejmlCholesky, c.nativeCholesky, c.toString());
            if (c.nativeCholesky) {
                assertTrue(c.choleskyResidual <= TOLERANCE, c.toString());
                assertTrue(c.choleskySolution <= condition * EPS, c.toString());
            }
            assertEquals(c.ejmlInertia, c.nativeInertia, c.toString());
            assertTrue(c.nativeIndefiniteSolved && c.ejmlIndefiniteSolved, c.toString());
            assertTrue(c.indefiniteResidual <= TOLERANCE, c.toString());
            assertTrue(c.indefiniteSolution <= condition * EPS, c.toString());
            assertEigenAgreement(c);
        }
    }

    /**
     * k eigenvalues at {@code tiny}·‖A‖ (0: exactly singular up to rounding), the rest of both signs
     * in [0.01, 10]: the inertia at tolerance 1e-8 counts the k as zero in both backends; both refuse
     * the indefinite solve when tiny ≤ nε and both solve it (agreeing in backward error) above.
     */
    @ParameterizedTest(name = "tiny = {0}")
    @ValueSource(doubles = {0, 1e-15, 1e-12})
    void rankDeficientMatricesHaveTheSameInertiaAndSingularity(double tiny) {
        int n = 60;
        for (int k : new int[] {1, 3}) {
            Random random = new Random(k);
            double[] lambda = Matrices.geometric(n, 10, 1e3);
            for (int i = 0; i < k; i++) {
                lambda[n - 1 - i] = tiny * 10;
            }
            for (int i = 0; i < n / 4; i++) {
                lambda[3 * i] *= -1;
            }
            int negatives = n / 4;
            double[] b = Matrices.gaussian(n, random);
            Comparison c = new Comparison(OPENBLAS, Matrices.withEigenvalues(lambda, random), 0, b, 1e-8);
            System.out.println("rank-deficient k=" + k + " tiny=" + tiny + " " + c);
            assertEquals(new Inertia(n - k - negatives, negatives, k), c.ejmlInertia, c.toString());
            assertEquals(c.ejmlInertia, c.nativeInertia, c.toString());
            boolean singular = tiny <= n * EPS;
            assertEquals(!singular, c.ejmlIndefiniteSolved, c.toString());
            assertEquals(!singular, c.nativeIndefiniteSolved, c.toString());
            if (!singular) {
                assertTrue(c.indefiniteResidual <= TOLERANCE, c.toString());
            }
            assertEigenAgreement(c);

            // The positive semidefinite version: both backends make the same Cholesky decision;
            // where both factor, their pivot ratios (and solutions) differ by at most κε.
            double[] psd = lambda.clone();
            for (int i = 0; i < n; i++) {
                psd[i] = Math.abs(psd[i]);
            }
            Comparison p = new Comparison(OPENBLAS, Matrices.withEigenvalues(psd, random), 0, b, 1e-8);
            System.out.println("rank-deficient psd k=" + k + " tiny=" + tiny + " " + p);
            assertEquals(new Inertia(n - k, 0, k), p.nativeInertia, p.toString());
            assertEquals(p.ejmlInertia, p.nativeInertia, p.toString());
            assertEquals(p.ejmlCholesky, p.nativeCholesky, p.toString());
            if (p.nativeCholesky) {
                assertTrue(p.scaledPivotDifference <= Math.max(TOLERANCE, p.condition * EPS), p.toString());
                assertTrue(p.choleskyResidual <= TOLERANCE, p.toString());
            }
            assertEigenAgreement(p);
        }
    }
}
