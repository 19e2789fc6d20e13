package io.wawpkit.session.conformance.checks;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import net.jqwik.api.state.ActionChain;

/**
 * The property jqwik runs for an exploration: every sequence of steps conforms to the model. Not a
 * test of this project: {@link ExploreChecks} runs it through the JUnit Platform launcher, with
 * the exploration it is for in {@link #CURRENT} (jqwik's engine runs it in the launcher's thread),
 * so that jqwik generates the sequences and shrinks a failing one with its own shrinker.
 */
public class ExploreProperty {
  /** The exploration the property runs for; set around one launcher call, under {@link ExploreChecks}'s lock. */
  static volatile Exploration CURRENT;
  /** The seed, tries and shrinking bound of that exploration. */
  static volatile ExploreChecks.Settings SETTINGS;

  @Property
  @AddLifecycleHook(Configure.class)
  void everySequenceConforms(@ForAll("sequences") ActionChain<Explorer> chain) {
    CURRENT.check(chain);
  }

  @Provide
  Arbitrary<ActionChain<Explorer>> sequences() {
    return CURRENT.sequences();
  }

  /** Gives the property the exploration's seed, tries and shrinking mode (annotations cannot: they are constants). */
  public static class Configure implements AroundPropertyHook {
    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
      ExploreChecks.Settings s = SETTINGS;
      context.attributes().setSeed(String.valueOf(s.seed()));
      context.attributes().setTries(Math.max(1, s.steps()));
      context.attributes().setShrinking(ShrinkingMode.BOUNDED);
      context.attributes().setAfterFailure(net.jqwik.api.AfterFailureMode.RANDOM_SEED);
      context.attributes().setEdgeCases(net.jqwik.api.EdgeCasesMode.NONE);
      return property.execute();
    }
  }
}
