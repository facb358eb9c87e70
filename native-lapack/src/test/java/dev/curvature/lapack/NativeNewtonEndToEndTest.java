package dev.curvature.lapack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.curvature.api.OptimizationResult;
import dev.curvature.api.Optimizer;
import dev.curvature.api.Optimizers;
import dev.curvature.api.TerminationReason;
import dev.curvature.api.linalg.DenseLinearAlgebra;
import dev.curvature.problems.TestProblem;
import dev.curvature.problems.TestProblems;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Newton's methods run end to end with the backend forced through the system property
 * {@code curvature.linalg}: the native run reaches the same point, value, termination and
 * iteration count as the EJML run, the point and value to 1e-10 relative.
 */
class NativeNewtonEndToEndTest {

    @BeforeAll
    static void nativeLibraryLoads() {
        assumeTrue(new OpenBlasBackend().available(),
                "OpenBLAS native library did not load on this platform; skipping");
    }

    static Stream<Arguments> runs() {
        return Stream.of(
                Arguments.of("damped-newton", "extended-rosenbrock", 200),
                Arguments.of("damped-newton", "extended-powell-singular", 100),
                Arguments.of("damped-newton", "wood", 4),
                Arguments.of("damped-newton", "beale", 2),
                Arguments.of("newton", "extended-rosenbrock", 100),
                // Indefinite Hessians on the way: pure Newton's LDLᵀ (dsytrf) path.
                Arguments.of("newton", "beale", 2),
                Arguments.of("newton", "freudenstein-roth", 2),
                Arguments.of("saddle-free-newton", "extended-rosenbrock", 100));
    }

    private static OptimizationResult run(String backend, Optimizer optimizer, TestProblem problem) {
        String saved = System.getProperty(DenseLinearAlgebra.PROPERTY);
        try {
            System.setProperty(DenseLinearAlgebra.PROPERTY, backend);
            assertEquals(backend, DenseLinearAlgebra.forDimension(problem.dimension()).name());
            return optimizer.minimize(problem.objective(), problem.start());
        } finally {
            OpenBlasBackendTest.restore(saved);
        }
    }

    @ParameterizedTest(name = "{0} on {1} (n = {2})")
    @MethodSource("runs")
    void nativeAndEjmlRunsEndAtTheSamePoint(String method, String problemName, int n) {
        TestProblem problem = TestProblems.byName(problemName).withDimension(n);
        Optimizer optimizer = Optimizers.named(method);
        OptimizationResult ejml = run("ejml", optimizer, problem);
        OptimizationResult openblas = run("openblas", optimizer, problem);
        String both = "ejml: " + ejml + "\nopenblas: " + openblas;
        System.out.printf("%s %s n=%d: ejml %s in %d iterations, f=%.3e; openblas %s in %d, point differs %.1e%n",
                method, problemName, n, ejml.termination(), ejml.iterations(), ejml.value(),
                openblas.termination(), openblas.iterations(),
                Matrices.relativeDifference(openblas.point(), ejml.point()));
        assertEquals(TerminationReason.GRADIENT_TOLERANCE, ejml.termination(), both);
        assertEquals(ejml.termination(), openblas.termination(), both);
        assertEquals(ejml.iterations(), openblas.iterations(), both);
        double scale = Math.max(1, Math.abs(ejml.value()));
        assertEquals(ejml.value(), openblas.value(), 1e-10 * scale, both);
        double[] x = ejml.point();
        double[] y = openblas.point();
        double norm = Math.max(1, dev.curvature.api.spi.Vectors.norm2(x));
        double[] d = new double[n];
        dev.curvature.api.spi.Vectors.subtract(x, y, d);
        assertTrue(dev.curvature.api.spi.Vectors.norm2(d) <= 1e-10 * norm, both);
        if (!method.equals("newton")) {
            // Pure Newton stops at any stationary point: from these starts, Beale's saddle
            // (f = 14.20) and Freudenstein–Roth's local minimum (f = 48.98), in both backends.
            problem.knownMinimum().ifPresent(fStar -> assertEquals(fStar, openblas.value(), 1e-8, both));
        }
    }
}
