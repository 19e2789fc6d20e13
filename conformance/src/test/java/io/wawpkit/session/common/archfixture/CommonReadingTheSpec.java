package io.wawpkit.session.common.archfixture;

import io.wawpkit.session.spec.WawpSpec;

/** A deliberately wrong import (a fixture of ArchitectureTest): the common module reading the spec. */
public final class CommonReadingTheSpec {
  WawpSpec spec;
}
