package dev.curvature.spark;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curvature.api.Optimizer;
import dev.curvature.api.OptimizationResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Newton–CG preconditioned with the distributed objective's Hessian diagonal (computed in the
 * value-and-gradient pass) needs fewer passes over the data than plain Newton–CG on features of
 * very different scales, and reaches the same coefficients.
 */
class JacobiPreconditionedNewtonCgTest {

    private static final Logger LOG = LoggerFactory.getLogger(JacobiPreconditionedNewtonCgTest.class);
    private static final double TARGET = 1e-6;

    /** SyntheticData's correlated features, feature j further multiplied by 10^(2j/(p−1) − 1). */
    private static List<LabeledRow> badlyScaled(int rows, int p, long seed) {
        List<LabeledRow> out = new ArrayList<>(rows);
        for (LabeledRow r : SyntheticData.generate(GlmLoss.LOGISTIC, rows, p, false, seed)) {
            double[] x = r.features().clone();
            for (int j = 0; j < p; j++) {
                x[j] *= Math.pow(10, 2.0 * j / (p - 1) - 1);
            }
            out.add(LabeledRow.weighted(r.weight(), r.label(), x));
        }
        return out;
    }

    private record Run(OptimizationResult result, long passes) {
    }

    private static Run run(Optimizer o, DistributedObjective f) {
        long passes0 = f.passes();
        OptimizationResult r = o.minimize(f, new double[f.dimension()]);
        long passes = f.passes() - passes0;
        LOG.info("{}: {} passes; {}", o.name(), passes, r.toString().replace('\n', ' '));
        return new Run(r, passes);
    }

    @Test
    void preconditionedNewtonCgNeedsFewerPassesThanPlainNewtonCgOnBadlyScaledFeatures() {
        int p = 10;
        DistributedObjective f = DistributedObjective.builder(
                LocalSpark.context().parallelize(badlyScaled(2000, p, 31), 4).cache(), p, GlmLoss.LOGISTIC)
                .l2(1e-4).build();
        Run jacobi = run(Methods.withGradientTolerance("newton-cg", TARGET), f);
        Run plain = run(Methods.withGradientTolerance(Methods.unpreconditionedNewtonCg(), TARGET), f);
        assertTrue(jacobi.result.gradientNorm() <= TARGET, jacobi.result::toString);
        assertTrue(plain.result.gradientNorm() <= TARGET, plain.result::toString);
        assertTrue(jacobi.passes < plain.passes,
                () -> "preconditioned " + jacobi.passes + " passes vs plain " + plain.passes);
        // The same minimizer: to the accuracy ‖g‖∞ ≤ 1e-6 allows, checked against a tight solve.
        OptimizationResult tight = Methods.withGradientTolerance("damped-newton", 1e-10).minimize(f, new double[p]);
        double[] w = tight.point();
        for (Run r : List.of(jacobi, plain)) {
            for (int j = 0; j < p; j++) {
                double d = Math.abs(r.result.point()[j] - w[j]);
                int jj = j;
                assertTrue(d <= 1e-3 * Math.max(1, Math.abs(w[j])), () -> "coefficient " + jj + " off by " + d);
            }
        }
    }

    @Test
    void limitedMemoryPairsCutThePassesOfJacobiPreconditionedNewtonCg() {
        // The benchmark's kind of data (correlated features of scales 0.5–2), small.
        int p = 30;
        DistributedObjective f = DistributedObjective.builder(LocalSpark.context().parallelize(
                SyntheticData.generate(GlmLoss.LOGISTIC, 6000, p, false, 5), 4).cache(), p, GlmLoss.LOGISTIC)
                .l2(1e-4).build();
        Run byDefault = run(Methods.withGradientTolerance("newton-cg", 1e-8), f);
        Run jacobiOnly = run(Methods.withGradientTolerance(Methods.jacobiOnlyNewtonCg(), 1e-8), f);
        assertTrue(byDefault.result.gradientNorm() <= 1e-8, byDefault.result::toString);
        assertTrue(jacobiOnly.result.gradientNorm() <= 1e-8, jacobiOnly.result::toString);
        assertTrue(byDefault.passes < jacobiOnly.passes,
                () -> "Jacobi + pairs " + byDefault.passes + " passes vs Jacobi only " + jacobiOnly.passes);
    }
}
