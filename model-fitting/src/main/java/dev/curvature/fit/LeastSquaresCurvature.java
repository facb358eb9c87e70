package dev.curvature.fit;

import dev.curvature.api.spi.CurvatureProvider;

/**
 * A curvature provider built on the Gauss–Newton model B = JᵀJ of f = ½‖r‖² (Nocedal &amp;
 * Wright, 2nd ed., §10.3): {@link GaussNewton} or {@link LevenbergMarquardt}. Both require the
 * run's objective to be a {@link LeastSquaresObjective}, whose residuals and Jacobian they read, and both
 * provide the least-squares stopping tests used by {@link LeastSquares}.
 */
public sealed interface LeastSquaresCurvature extends CurvatureProvider
        permits GaussNewton, LevenbergMarquardt {
}
