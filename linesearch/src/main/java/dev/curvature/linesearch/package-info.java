/**
 * Step-length selection along a search direction: implementations of
 * {@link dev.curvature.api.spi.LineSearch} and {@link dev.curvature.api.spi.InitialStep}.
 *
 * <p>Line searches: {@link dev.curvature.linesearch.MoreThuente} (strong Wolfe, Moré &amp; Thuente
 * 1994), {@link dev.curvature.linesearch.StrongWolfe} (Nocedal &amp; Wright Algorithms 3.5–3.6),
 * {@link dev.curvature.linesearch.HagerZhang} (Wolfe / approximate Wolfe, Hager &amp; Zhang
 * 2005–2006). Initial steps: {@link dev.curvature.linesearch.FirstIterationStep},
 * {@link dev.curvature.linesearch.ScaledPreviousStep},
 * {@link dev.curvature.linesearch.QuadraticInterpolationStep}.
 */
package dev.curvature.linesearch;
