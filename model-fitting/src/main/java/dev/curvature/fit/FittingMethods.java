package dev.curvature.fit;

import dev.curvature.api.Optimizer;
import dev.curvature.api.spi.OptimizerProvider;
import java.util.List;

/**
 * The model-fitting module's registered methods ({@link dev.curvature.api.Optimizers#named}):
 * {@code hybrid-newton} ({@link HybridNewton}).
 */
public final class FittingMethods implements OptimizerProvider {
    @Override
    public List<Optimizer> optimizers() {
        return List.of(HybridNewton.defaults());
    }
}
