/** The trust-region globalization and its subproblem solvers. */
module dev.curvature.trustregion {
    requires transitive dev.curvature.api;
    requires org.slf4j;

    exports dev.curvature.trustregion;
}
