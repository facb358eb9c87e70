package dev.curvature.api.spi;

import dev.curvature.api.Optimizer;
import dev.curvature.api.Optimizers;
import java.util.List;

/**
 * Service-provider interface through which modules register their default-configured optimizers
 * with {@link Optimizers}. Implementations are listed in
 * {@code META-INF/services/dev.curvature.api.spi.OptimizerProvider}.
 */
public interface OptimizerProvider {

    /** The optimizers this module offers, each under its {@link Optimizer#name()}. */
    List<Optimizer> optimizers();
}
