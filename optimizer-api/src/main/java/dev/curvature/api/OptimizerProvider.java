package dev.curvature.api;

import java.util.List;

/**
 * Service-provider interface through which modules register their default-configured optimizers
 * with {@link Optimizers}. Implementations are listed in
 * {@code META-INF/services/dev.curvature.api.OptimizerProvider}.
 */
public interface OptimizerProvider {

    /** The optimizers this module offers, each under its {@link Optimizer#name()}. */
    List<Optimizer> optimizers();
}
