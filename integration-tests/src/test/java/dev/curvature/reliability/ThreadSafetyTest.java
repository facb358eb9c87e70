package dev.curvature.reliability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.curvature.api.OptimizationResult;
import dev.curvature.api.Optimizer;
import dev.curvature.api.Optimizers;
import dev.curvature.problems.TestProblem;
import dev.curvature.problems.TestProblems;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** One optimizer instance shared by 8 threads gives the sequential results, bit for bit. */
class ThreadSafetyTest {

    static Iterable<String> methods() {
        return Optimizers.names();
    }

    @ParameterizedTest
    @MethodSource("methods")
    void sharedAcrossEightThreadsGivesBitIdenticalResults(String method) throws Exception {
        Optimizer optimizer = Optimizers.named(method);
        List<TestProblem> problems = TestProblems.mgh();
        List<OptimizationResult> sequential = new ArrayList<>();
        for (TestProblem p : problems) {
            sequential.add(optimizer.minimize(p.objective(), p.start()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 3; round++) {
                List<Future<OptimizationResult>> futures = new ArrayList<>();
                for (TestProblem p : problems) {
                    futures.add(pool.submit(() -> optimizer.minimize(p.objective(), p.start())));
                }
                for (int i = 0; i < problems.size(); i++) {
                    OptimizationResult a = sequential.get(i);
                    OptimizationResult b = futures.get(i).get();
                    String what = method + " on " + problems.get(i).name();
                    assertArrayEquals(a.point(), b.point(), 0.0, what);
                    assertEquals(a.value(), b.value(), 0.0, what);
                    assertEquals(a.iterations(), b.iterations(), what);
                    assertEquals(a.valueEvaluations(), b.valueEvaluations(), what);
                    assertEquals(a.termination(), b.termination(), what);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
