package io.wawpkit.session.mock.archfixture;

import io.wawpkit.session.client.WawpClient;

/** A deliberately wrong import (a fixture of ArchitectureTest): the mock using the client. */
public final class MockUsingTheClient {
  WawpClient client;
}
