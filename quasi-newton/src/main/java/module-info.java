/** The quasi-Newton family; registers {@code bfgs}, {@code lbfgs}, {@code sr1}, {@code dfp}. */
module dev.curvature.quasinewton {
    requires transitive dev.curvature.api;
    requires transitive dev.curvature.linesearch;
    requires transitive dev.curvature.trustregion;
    requires org.slf4j;

    exports dev.curvature.quasinewton;

    provides dev.curvature.api.spi.OptimizerProvider
            with dev.curvature.quasinewton.QuasiNewtonMethods;
}
