package io.wawpkit.session.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The documented session-info body (the spec's own example), which the fixed-answer servers send. */
final class InfoBody {
  static final String RESOURCE = "/wawp/openapi/examples/v2-session-info-example.json";

  private InfoBody() {}

  static byte[] bytes() {
    try (InputStream in = InfoBody.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the class path (wawp-session-spec)");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
