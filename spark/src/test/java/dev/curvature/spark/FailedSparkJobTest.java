package dev.curvature.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curvature.api.OptimizationResult;
import dev.curvature.api.Optimizers;
import dev.curvature.api.TerminationReason;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.spark.SparkException;
import org.apache.spark.api.java.JavaRDD;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A Spark job that fails mid-run (here: a row mapper that starts throwing after two iterations)
 * ends the optimizer run with OBJECTIVE_FAILED, the Spark exception as the cause, and the best
 * point so far returned.
 */
class FailedSparkJobTest {

    /** Read by the row mapper on the executors (threads of this JVM in local mode). */
    static volatile boolean failRows;

    @ParameterizedTest
    @ValueSource(strings = {"damped-newton", "newton-cg"})
    void aFailedJobEndsTheRunWithObjectiveFailedAndKeepsTheBestPoint(String method) {
        int p = 5;
        List<LabeledRow> data = SyntheticData.generate(GlmLoss.LOGISTIC, 400, p, false, 77);
        // Not cached, on purpose: every pass re-runs the mapper.
        JavaRDD<LabeledRow> rows = LocalSpark.context().parallelize(data, 2).map(r -> {
            if (failRows) {
                throw new IllegalStateException("injected row failure");
            }
            return r;
        });
        failRows = false;
        DistributedObjective f = DistributedObjective.builder(rows, p, GlmLoss.LOGISTIC).l2(0.01).build();
        double f0 = f.value(new double[p]);
        AtomicReference<double[]> atIteration2 = new AtomicReference<>();
        double[] valueAtIteration2 = new double[1];
        OptimizationResult r;
        try {
            r = Optimizers.named(method).minimize(f, new double[p], info -> {
                if (info.iteration() == 2) {
                    atIteration2.set(info.point().clone());
                    valueAtIteration2[0] = info.value();
                    failRows = true;
                }
                return true;
            });
        } finally {
            failRows = false;
        }
        assertEquals(TerminationReason.OBJECTIVE_FAILED, r.termination(), r::toString);
        Throwable cause = r.cause().orElseThrow();
        assertInstanceOf(SparkException.class, cause, cause::toString);
        assertTrue(cause.getMessage().contains("injected row failure"), cause.getMessage());
        assertArrayEquals(atIteration2.get(), r.point(), "the best point is the last accepted iterate");
        assertEquals(valueAtIteration2[0], r.value());
        assertTrue(r.value() < f0, "the best point improves on the start");
    }
}
