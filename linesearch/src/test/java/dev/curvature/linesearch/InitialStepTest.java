package dev.curvature.linesearch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.curvature.api.spi.InitialStep;
import org.junit.jupiter.api.Test;

/** The initial-step rules against their formulas (Nocedal &amp; Wright §3.5, p. 59). */
class InitialStepTest {

    @Test
    void firstIterationStepScalesByTheDirectionThenUsesOne() {
        InitialStep.State guess = FirstIterationStep.inverseMaxNorm().start();
        assertEquals(0.25, guess.initial(0, 10, -16, 4), 0.0);
        assertEquals(0.25, guess.initial(0, 10, -16, 4), 0.0, "a retry before acceptance");
        guess.accepted(0.25, 10, -16);
        assertEquals(1.0, guess.initial(1, 8, -3, 100), 0.0);

        InitialStep.State scaled = FirstIterationStep.inverseMaxNorm().withScale(2).start();
        assertEquals(0.5, scaled.initial(0, 10, -16, 4), 0.0);
        InitialStep.State degenerate = FirstIterationStep.inverseMaxNorm().start();
        assertEquals(1.0, degenerate.initial(0, 10, -16, 0), 0.0);
        assertEquals(1.0, degenerate.initial(0, 10, -16, Double.NaN), 0.0);
    }

    @Test
    void slopeRootFirstStepIsTheInverseGradientTwoNormForSteepestDescent() {
        // p₀ = −g₀ with g₀ = (3, 4): gᵀp = −25, ‖g₀‖₂ = 5, ‖p₀‖∞ = 4
        InitialStep.State guess = FirstIterationStep.inverseSlopeRoot().start();
        assertEquals(0.2, guess.initial(0, 10, -25, 4), 0.0);
        guess.accepted(0.2, 10, -25);
        assertEquals(1.0, guess.initial(1, 8, -3, 100), 0.0);

        InitialStep.State scaled = FirstIterationStep.inverseSlopeRoot().withScale(2).start();
        assertEquals(0.4, scaled.initial(0, 10, -25, 4), 0.0);
        InitialStep.State degenerate = FirstIterationStep.inverseSlopeRoot().start();
        assertEquals(1.0, degenerate.initial(0, 10, 0, 4), 0.0);
        assertEquals(1.0, degenerate.initial(0, 10, Double.NaN, 4), 0.0);
    }

    @Test
    void previousStepRulesUseTheirFirstIterationRuleWhole() {
        // before any step the rules defer to withFirst(…): with the slope-root rule that is
        // 1/√|gᵀp| = 0.2 for g₀ = (3, 4), not 1/‖p₀‖∞ = 0.25
        FirstIterationStep slopeRoot = FirstIterationStep.inverseSlopeRoot();
        assertEquals(0.2, ScaledPreviousStep.defaults().withFirst(slopeRoot).start()
                .initial(0, 10, -25, 4), 0.0);
        assertEquals(0.2, QuadraticInterpolationStep.defaults().withFirst(slopeRoot).start()
                .initial(0, 10, -25, 4), 0.0);
    }

    @Test
    void scaledPreviousStepKeepsTheFirstOrderChange() {
        InitialStep.State guess = ScaledPreviousStep.defaults().start();
        assertEquals(0.1, guess.initial(0, 10, -4, 10), 0.0);
        guess.accepted(0.5, 10, -4);
        // α₀ = α_{k−1}·φ'_{k−1}(0)/φ'_k(0) = 0.5·(−4)/(−2) = 1
        assertEquals(1.0, guess.initial(1, 8, -2, 1), 1e-15);
        guess.accepted(1.0, 8, -2);
        assertEquals(4.0, guess.initial(2, 7, -0.5, 1), 1e-15);

        InitialStep.State capped = ScaledPreviousStep.defaults().withMaxStep(2).start();
        capped.accepted(1.0, 8, -2);
        assertEquals(2.0, capped.initial(1, 7, -0.5, 1), 0.0);
    }

    @Test
    void quadraticInterpolationStepFitsThePreviousDecrease() {
        InitialStep.State guess = QuadraticInterpolationStep.defaults().start();
        assertEquals(0.5, guess.initial(0, 10, -4, 2), 0.0);
        guess.accepted(0.5, 10, -4);
        // α₀ = min(1, 1.01·2(f_k − f_{k−1})/φ'_k(0)) = 1.01·2·(9 − 10)/(−8) = 0.2525
        assertEquals(0.2525, guess.initial(1, 9, -8, 1), 1e-15);
        guess.accepted(0.2525, 9, -8);
        assertEquals(1.0, guess.initial(2, 5, -1, 1), 0.0, "capped at 1");
        guess.accepted(0.7, 5, -1);
        assertEquals(0.7, guess.initial(3, 5, -1, 1), 0.0, "no change in f: previous step");

        InitialStep.State uncapped = QuadraticInterpolationStep.defaults()
                .withMaxStep(Double.POSITIVE_INFINITY).start();
        uncapped.accepted(1, 9, -8);
        assertEquals(1.01 * 2 * 4 / 1, uncapped.initial(1, 5, -1, 1), 1e-12);
    }
}
