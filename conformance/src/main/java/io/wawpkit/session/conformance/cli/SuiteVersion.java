package io.wawpkit.session.conformance.cli;

import io.wawpkit.session.spec.WawpSpec;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the contract's version, which the suite's own version follows. */
final class SuiteVersion implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"wawp-conformance " + WawpSpec.load().version()};
  }
}
