package dev.curvature.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaRDD;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The distributed objective against the single-machine reference, its pass accounting and its
 * argument checks.
 */
class DistributedObjectiveTest {

    private static final Logger LOG = LoggerFactory.getLogger(DistributedObjectiveTest.class);
    private static final double RELATIVE = 1e-10;

    static Stream<Arguments> configurations() {
        List<Arguments> out = new ArrayList<>();
        for (GlmLoss loss : GlmLoss.values()) {
            out.add(Arguments.of(loss, 0.0, Scaling.MEAN));
            out.add(Arguments.of(loss, 0.05, Scaling.MEAN));
            out.add(Arguments.of(loss, 0.05, Scaling.SUM));
        }
        return out.stream();
    }

    private static JavaRDD<LabeledRow> rdd(List<LabeledRow> rows, int partitions) {
        return LocalSpark.context().parallelize(rows, partitions).cache();
    }

    private static double relativeError(double[] actual, double[] expected) {
        double diff = 0;
        double size = 0;
        for (int i = 0; i < expected.length; i++) {
            diff = Math.max(diff, Math.abs(actual[i] - expected[i]));
            size = Math.max(size, Math.abs(expected[i]));
        }
        return diff / size;
    }

    @ParameterizedTest(name = "{0}, l2 = {1}, {2}")
    @MethodSource("configurations")
    void valueGradientHvHessianAndDiagonalEqualTheSingleMachineObjective(GlmLoss loss, double l2, Scaling scaling) {
        int p = 6;
        List<LabeledRow> data = SyntheticData.generate(loss, 600, p, true, 11 + loss.ordinal());
        DistributedObjective f = DistributedObjective.builder(rdd(data, 3), p, loss)
                .l2(l2).scaling(scaling).build();
        SingleMachineGlm reference = new SingleMachineGlm(data, loss, l2, scaling);
        Random random = new Random(5);
        double worst = 0;
        for (int trial = 0; trial < 2; trial++) {
            double[] x = new double[p];
            double[] v = new double[p];
            for (int j = 0; j < p; j++) {
                x[j] = 0.4 * random.nextGaussian() / Math.sqrt(p);
                v[j] = random.nextGaussian();
            }
            double[] g = new double[p];
            double[] gRef = new double[p];
            double value = f.valueAndGradient(x, g);
            reference.gradient(x, gRef);
            double valueRef = reference.value(x);
            assertTrue(Math.abs(value - valueRef) <= RELATIVE * Math.abs(valueRef),
                    () -> "value " + value + " vs " + valueRef);
            assertTrue(relativeError(g, gRef) <= RELATIVE, () -> "gradient error " + relativeError(g, gRef));

            DMatrixRMaj h = new DMatrixRMaj(p, p);
            DMatrixRMaj hRef = new DMatrixRMaj(p, p);
            f.hessian(x, h);
            reference.hessian(x, hRef);
            assertTrue(relativeError(h.data, hRef.data) <= RELATIVE,
                    () -> "Hessian error " + relativeError(h.data, hRef.data));

            double[] diagonal = new double[p];
            f.hessianDiagonal(x, diagonal); // kept from the valueAndGradient pass at x
            double[] diagonalRef = new double[p];
            for (int j = 0; j < p; j++) {
                diagonalRef[j] = hRef.get(j, j);
                assertEquals(diagonalRef[j], diagonal[j], RELATIVE * Math.abs(diagonalRef[j]), "diagonal " + j);
            }

            double[] hv = new double[p];
            f.hessianVector(x, v, hv);
            double[] hvRef = new double[p];
            org.ejml.dense.row.CommonOps_DDRM.mult(hRef, DMatrixRMaj.wrap(p, 1, v), DMatrixRMaj.wrap(p, 1, hvRef));
            assertTrue(relativeError(hv, hvRef) <= RELATIVE, () -> "Hv error " + relativeError(hv, hvRef));
            worst = Math.max(worst, Math.max(Math.abs(value - valueRef) / Math.abs(valueRef), Math.max(
                    relativeError(g, gRef), Math.max(relativeError(h.data, hRef.data), Math.max(
                    relativeError(hv, hvRef), relativeError(diagonal, diagonalRef))))));
        }
        LOG.info("{}, l2 {}, {}: worst relative difference of f, ∇f, ∇²f, Hv, diag ∇²f = {}", loss, l2, scaling,
                worst);
        assertEquals(600, f.rowCount());
    }

    @Test
    void eachEvaluationIsOnePassAndValueThenGradientAtOnePointIsOnePass() {
        int p = 4;
        List<LabeledRow> data = SyntheticData.generate(GlmLoss.LOGISTIC, 200, p, false, 3);
        DistributedObjective f = DistributedObjective.builder(rdd(data, 2), p, GlmLoss.LOGISTIC).build();
        assertEquals(1, f.passes(), "construction checks the rows in one pass");
        double[] x = {0.1, -0.2, 0.3, 0.0};
        double[] g = new double[p];
        f.value(x);
        assertEquals(2, f.passes());
        f.gradient(x, g);
        f.valueAndGradient(x.clone(), g);
        assertEquals(2, f.passes(), "f and ∇f at the same x come from the one pass");
        x[0] = 0.2;
        f.gradient(x, g);
        assertEquals(3, f.passes());
        f.hessianVector(x, new double[] {1, 0, 0, 0}, g);
        assertEquals(4, f.passes());
        f.hessian(x, new DMatrixRMaj(p, p));
        assertEquals(5, f.passes());
        assertEquals(200.0, f.totalWeight());
    }

    @Test
    void theHessianDiagonalComesWithTheValueAndGradientPass() {
        int p = 3;
        List<LabeledRow> data = SyntheticData.generate(GlmLoss.POISSON, 150, p, true, 8);
        DistributedObjective f = DistributedObjective.builder(rdd(data, 2), p, GlmLoss.POISSON).l2(0.5).build();
        double[] x = {0.1, -0.2, 0.05};
        double[] g = new double[p];
        double[] diagonal = new double[p];
        f.valueAndGradient(x, g);
        assertEquals(2, f.passes());
        f.hessianDiagonal(x.clone(), diagonal);
        assertEquals(2, f.passes(), "the diagonal at the last point costs no pass");
        double[] y = {0.0, 0.3, 0.1};
        f.hessianDiagonal(y, diagonal);
        assertEquals(3, f.passes(), "at a new point: one pass");
        f.value(y);
        f.gradient(y, g);
        assertEquals(3, f.passes(), "which also computed f and ∇f there");
        DMatrixRMaj h = new DMatrixRMaj(p, p);
        new SingleMachineGlm(data, GlmLoss.POISSON, 0.5, Scaling.MEAN).hessian(y, h);
        for (int j = 0; j < p; j++) {
            assertEquals(h.get(j, j), diagonal[j], 1e-12 * h.get(j, j));
        }
        assertThrows(IllegalArgumentException.class, () -> f.hessianDiagonal(y, new double[p + 1]));
        assertThrows(IllegalArgumentException.class, () -> f.hessianDiagonal(new double[p + 1], new double[p]));
        assertEquals(3, f.passes(), "rejected calls start no job");
    }

    /** An unpenalized coefficient (an intercept column) drops exactly its (λ/2)wⱼ² term. */
    @Test
    void anUnpenalizedCoefficientLeavesOnlyItsOwnTermOutOfThePenalty() {
        int p = 4;
        double l2 = 0.3;
        JavaRDD<LabeledRow> rows = rdd(SyntheticData.generate(GlmLoss.LOGISTIC, 400, p, false, 12), 4);
        DistributedObjective all = DistributedObjective.builder(rows, p, GlmLoss.LOGISTIC).l2(l2).build();
        DistributedObjective free0 = DistributedObjective.builder(rows, p, GlmLoss.LOGISTIC).l2(l2)
                .unpenalized(0).build();
        double[] x = {0.7, -0.2, 0.1, 0.4};
        double[] v = {1.5, 0.5, -1, 2};
        double[] gAll = new double[p];
        double[] gFree = new double[p];
        assertEquals(all.valueAndGradient(x, gAll) - 0.5 * l2 * x[0] * x[0], free0.valueAndGradient(x, gFree), 1e-12);
        double[] hvAll = new double[p];
        double[] hvFree = new double[p];
        all.hessianVector(x, v, hvAll);
        free0.hessianVector(x, v, hvFree);
        DMatrixRMaj hAll = new DMatrixRMaj(p, p);
        DMatrixRMaj hFree = new DMatrixRMaj(p, p);
        all.hessian(x, hAll);
        free0.hessian(x, hFree);
        for (int j = 0; j < p; j++) {
            double d = j == 0 ? l2 : 0;
            assertEquals(gAll[j] - d * x[j], gFree[j], 1e-12, "gradient " + j);
            assertEquals(hvAll[j] - d * v[j], hvFree[j], 1e-12, "Hv " + j);
            assertEquals(hAll.get(j, j) - d, hFree.get(j, j), 1e-12, "Hessian diagonal " + j);
        }
        assertEquals(0, java.util.Arrays.compare(new int[] {0}, free0.unpenalized()));
        assertThrows(IllegalArgumentException.class,
                () -> DistributedObjective.builder(rows, p, GlmLoss.LOGISTIC).unpenalized(p));
    }

    @Test
    void treeDepthDoesNotChangeTheResult() {
        int p = 5;
        List<LabeledRow> data = SyntheticData.generate(GlmLoss.POISSON, 500, p, true, 8);
        JavaRDD<LabeledRow> rows = rdd(data, 8);
        DistributedObjective shallow = DistributedObjective.builder(rows, p, GlmLoss.POISSON).treeDepth(1).build();
        DistributedObjective deep = DistributedObjective.builder(rows, p, GlmLoss.POISSON).treeDepth(3).build();
        double[] x = {0.1, 0.05, -0.1, 0.2, 0.0};
        double[] g1 = new double[p];
        double[] g3 = new double[p];
        double f1 = shallow.valueAndGradient(x, g1);
        double f3 = deep.valueAndGradient(x, g3);
        assertEquals(f1, f3, 1e-13 * Math.abs(f1));
        assertTrue(relativeError(g3, g1) <= 1e-13);
    }

    @Test
    void emptyDataIsAnIllegalArgumentNamingRows() {
        JavaRDD<LabeledRow> empty = LocalSpark.context().parallelize(List.<LabeledRow>of(), 2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DistributedObjective.builder(empty, 3, GlmLoss.LOGISTIC).build());
        assertTrue(e.getMessage().startsWith("rows:") && e.getMessage().contains("empty"), e.getMessage());
    }

    @Test
    void aRowOfTheWrongWidthIsAnIllegalArgumentNamingRowsAndTheWidth() {
        List<LabeledRow> data = new ArrayList<>(SyntheticData.generate(GlmLoss.LOGISTIC, 50, 3, false, 1));
        data.add(LabeledRow.of(1, 0.5, 0.5));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DistributedObjective.builder(rdd(data, 3), 3, GlmLoss.LOGISTIC).build());
        assertTrue(e.getMessage().startsWith("rows: 1 of 51 rows do not have dimension = 3")
                && e.getMessage().contains("first: 2 features"), e.getMessage());
    }

    @Test
    void labelsOutsideTheLossDomainAndBadWeightsAreIllegalArguments() {
        List<LabeledRow> logistic = List.of(LabeledRow.of(0, 1.0), LabeledRow.of(2, 1.0));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> DistributedObjective.builder(rdd(logistic, 1), 1, GlmLoss.LOGISTIC).build())
                .getMessage().contains("labels are not valid for the loss LOGISTIC (first: 2.0)"));
        List<LabeledRow> poisson = List.of(LabeledRow.of(-1, 1.0));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> DistributedObjective.builder(rdd(poisson, 1), 1, GlmLoss.POISSON).build())
                .getMessage().contains("POISSON"));
        List<LabeledRow> negativeWeight = List.of(LabeledRow.weighted(-1, 0.5, 1.0));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> DistributedObjective.builder(rdd(negativeWeight, 1), 1, GlmLoss.SQUARED_ERROR).build())
                .getMessage().contains("weights are negative"));
        List<LabeledRow> nan = List.of(LabeledRow.of(0.5, Double.NaN));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> DistributedObjective.builder(rdd(nan, 1), 1, GlmLoss.SQUARED_ERROR).build())
                .getMessage().contains("NaN or infinite feature"));
    }

    @Test
    void builderArgumentsAndPointsAreChecked() {
        JavaRDD<LabeledRow> rows = rdd(SyntheticData.generate(GlmLoss.LOGISTIC, 20, 2, false, 2), 1);
        assertThrows(IllegalArgumentException.class, () -> DistributedObjective.builder(null, 2, GlmLoss.LOGISTIC));
        assertThrows(IllegalArgumentException.class, () -> DistributedObjective.builder(rows, 0, GlmLoss.LOGISTIC));
        assertThrows(IllegalArgumentException.class, () -> DistributedObjective.builder(rows, 2, null));
        assertThrows(IllegalArgumentException.class,
                () -> DistributedObjective.builder(rows, 2, GlmLoss.LOGISTIC).l2(-1));
        assertThrows(IllegalArgumentException.class,
                () -> DistributedObjective.builder(rows, 2, GlmLoss.LOGISTIC).treeDepth(0));
        DistributedObjective f = DistributedObjective.builder(rows, 2, GlmLoss.LOGISTIC).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> f.value(new double[3]));
        assertTrue(e.getMessage().startsWith("x has length 3"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> f.hessian(new double[2], new DMatrixRMaj(3, 3)));
        assertEquals(1, f.passes(), "rejected calls start no job");
    }

    @Test
    void theDenseHessianAboveTheLimitIsAnIllegalArgumentAndStartsNoJob() {
        int p = DistributedObjective.MAX_DENSE_HESSIAN_DIMENSION + 1;
        List<LabeledRow> rows = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            double[] x = new double[p];
            x[i] = 1;
            rows.add(LabeledRow.of(i % 2, x));
        }
        DistributedObjective f = DistributedObjective.builder(rdd(rows, 1), p, GlmLoss.LOGISTIC).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> f.hessian(new double[p], new DMatrixRMaj(p, p)));
        assertTrue(e.getMessage().startsWith("dimension 2001 exceeds 2000"), e.getMessage());
        assertEquals(1, f.passes());
        double[] hv = new double[p];
        double[] v = new double[p];
        v[0] = 1;
        f.hessianVector(new double[p], v, hv);
        assertEquals(0.25 / 3, hv[0], 1e-15, "Hv still works above the dense limit: σ'(0)·x₀x₀ᵀv / 3 rows");
    }
}
