/**
 * Objectives evaluated where the data lives: over a Spark {@code JavaRDD} of
 * {@link dev.curvature.spark.LabeledRow}s, the value, gradient, Hessian-vector products and dense
 * Hessian of a generalized-linear-model loss are each computed in one {@code treeAggregate} pass,
 * while the optimizer runs on the driver. {@link dev.curvature.spark.DistributedObjective} is a
 * {@link dev.curvature.api.TwiceDifferentiable}, so every Curvature optimizer (Newton, damped
 * Newton, Newton–CG, the quasi-Newton family) minimizes it unchanged.
 *
 * <p>Spark is a {@code provided} dependency: the cluster (or the user's application) supplies it.
 * The Hessian-free Newton–CG approach over distributed data follows Martens (2010) and
 * Lin, Weng &amp; Keerthi, "Trust region Newton method for large-scale logistic regression",
 * JMLR 9 (2008); the per-row losses are the canonical GLM negative log-likelihoods
 * (McCullagh &amp; Nelder, <i>Generalized Linear Models</i>, 2nd ed., ch. 2).
 */
package dev.curvature.spark;
