package dev.curvature.problems;

import java.util.ArrayList;
import java.util.List;

/**
 * The non-NIST part of {@link TestProblems#extended()}, in this order: fixed-size CUTEst problems
 * ({@link SmallCutest}), scalable CUTEst problems ({@link ScalableCutest}, the n = 1000 members
 * among them), CUTEst least-squares problems ({@link LeastSquaresCutest}: Palmer, LUKSAN*LS) and
 * the Lukšan–Matonoha–Vlček problems ({@link LuksanVlcek}). docs/extended-set.md lists them.
 */
final class ExtendedCutest {
    private ExtendedCutest() {
    }

    static List<TestProblem> problems() {
        List<TestProblem> list = new ArrayList<>(SmallCutest.problems());
        list.addAll(ScalableCutest.problems());
        list.addAll(LeastSquaresCutest.problems());
        list.addAll(LuksanVlcek.problems());
        return list;
    }
}
