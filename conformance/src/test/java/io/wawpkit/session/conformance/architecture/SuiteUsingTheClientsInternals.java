package io.wawpkit.session.conformance.architecture;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.wawpkit.session.client.internal.WawpJson;

/** A deliberately wrong import (a fixture of ArchitectureTest): the suite borrowing the client's internal mapper. */
final class SuiteUsingTheClientsInternals {
  ObjectMapper json = WawpJson.mapper();
}
