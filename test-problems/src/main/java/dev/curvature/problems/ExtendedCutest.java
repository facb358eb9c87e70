package dev.curvature.problems;

import java.util.ArrayList;
import java.util.List;

/** The CUTEst part of {@link TestProblems#extended()}: fixed-size problems, then scalable ones. */
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
