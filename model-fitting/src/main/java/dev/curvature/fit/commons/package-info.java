/**
 * Adapters from Apache Commons Math 3.6.1's optimizer interfaces to Curvature, so that fitting
 * code written against Commons Math runs Curvature's methods unchanged except for the line that
 * creates the optimizer: {@link dev.curvature.fit.commons.CommonsMathOptimizers#named(String)}
 * is a {@code GradientMultivariateOptimizer},
 * {@link dev.curvature.fit.commons.CommonsMathOptimizers#leastSquares()} a
 * {@code LeastSquaresOptimizer}, and a {@code MultivariateDifferentiableFunction} is accepted as
 * an objective (gradient and Hessian by Commons Math's forward-mode automatic differentiation).
 */
package dev.curvature.fit.commons;
