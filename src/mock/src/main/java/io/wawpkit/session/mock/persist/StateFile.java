package io.wawpkit.session.mock.persist;

import io.wawpkit.session.mock.http.Json;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Reads and writes the state file. A write goes to a temporary file in the same directory that
 * is then moved over the old one with ATOMIC_MOVE, so a crash leaves either the old or the new
 * file, never a torn one. The file holds tokens: it is made readable by its owner only.
 */
public final class StateFile {
  private final Path file;

  public StateFile(Path file) {
    this.file = file.toAbsolutePath();
  }

  public Path path() {
    return file;
  }

  /** The saved state, or null when there is no file yet. */
  public StateSnapshot read() throws IOException {
    if (!Files.exists(file)) {
      return null;
    }
    return Json.MAPPER.readValue(file.toFile(), StateSnapshot.class);
  }

  public synchronized void write(StateSnapshot snapshot) throws IOException {
    Path dir = file.getParent();
    Files.createDirectories(dir);
    Path temp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
    try {
      ownerOnly(temp);
      Files.write(temp, Json.bytes(snapshot));
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static void ownerOnly(Path p) {
    try {
      Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException | IOException ignored) {
      // not a POSIX file system
    }
  }
}
