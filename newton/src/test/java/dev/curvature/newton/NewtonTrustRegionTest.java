package dev.curvature.newton;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curvature.api.Objective;
import dev.curvature.api.OptimizationResult;
import dev.curvature.api.Optimizers;
import dev.curvature.api.SecondOrder;
import dev.curvature.api.TwiceDifferentiable;
import dev.curvature.problems.TestProblem;
import dev.curvature.problems.TestProblems;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NewtonTrustRegionTest {

    @ParameterizedTest
    @ValueSource(strings = {"rosenbrock", "beale", "wood", "powell-singular", "helical-valley",
            "extended-rosenbrock", "brown-badly-scaled"})
    void solvesWithTheExactHessianAndReportsAMinimum(String name) {
        TestProblem p = TestProblems.byName(name);
        OptimizationResult r = Optimizers.named("newton-trust-region").minimize(p.objective(), p.start());
        assertTrue(r.converged(), r.message());
        assertEquals(p.knownMinimum().orElseThrow(), r.value(), 1e-10, r.toString());
        assertTrue(r.iterations() <= 100, r.toString());
        if (!name.equals("powell-singular")) { // singular Hessian at x*
            assertEquals(SecondOrder.POSITIVE_DEFINITE, r.secondOrder(), name);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"rosenbrock", "wood", "extended-rosenbrock"})
    void theCgVariantNeedsOnlyGradients(String name) {
        TestProblem p = TestProblems.byName(name);
        TwiceDifferentiable f = p.objective();
        Objective gradientOnly = Objective.of(p.dimension(), f::value, f::gradient);
        OptimizationResult r = Optimizers.named("newton-trust-region-cg").minimize(gradientOnly, p.start());
        assertTrue(r.converged(), r.message());
        assertEquals(0, r.value(), 1e-12, r.toString());
        assertEquals(0, r.hessianEvaluations());
    }
}
