/**
 * Curvature's user API ({@code dev.curvature.api}: objectives, optimizers, results), the SPI for
 * method authors ({@code dev.curvature.api.spi}: curvature providers, globalizations, line
 * searches, the driver) and the dense linear-algebra backend interface
 * ({@code dev.curvature.api.linalg}).
 */
module dev.curvature.api {
    requires transitive ejml.core;
    requires transitive ejml.ddense;
    requires org.slf4j;

    exports dev.curvature.api;
    exports dev.curvature.api.spi;
    exports dev.curvature.api.linalg;

    uses dev.curvature.api.spi.OptimizerProvider;
    uses dev.curvature.api.linalg.DenseBackend;
}
