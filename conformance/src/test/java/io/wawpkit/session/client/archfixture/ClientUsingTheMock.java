package io.wawpkit.session.client.archfixture;

import io.wawpkit.session.mock.WawpMock;

/** A deliberately wrong import (a fixture of ArchitectureTest): the client starting the mock. */
public final class ClientUsingTheMock {
  WawpMock mock;
}
