package io.wawpkit.session.mock.persist;

import io.wawpkit.session.mock.http.Json;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Reads and writes the state file. A write goes to a temporary file in the same directory, is
 * forced to disk, and is then moved over the old one with ATOMIC_MOVE (and the directory forced),
 * so a crash leaves either the old or the new file, never a torn one; a temporary file an
 * interrupted write leaves behind is never read. The file holds tokens: it is made readable by its owner only.
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
      try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        ByteBuffer bytes = ByteBuffer.wrap(Json.bytes(snapshot));
        while (bytes.hasRemaining()) {
          out.write(bytes);
        }
        // On disk before the name points at it: else a crash right after the move can leave the
        // new name on an empty or partial file.
        out.force(true);
      }
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
      syncDirectory(dir);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Makes the rename itself durable; best effort, as not every platform can open a directory. */
  private static void syncDirectory(Path dir) {
    try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
      d.force(true);
    } catch (IOException | UnsupportedOperationException ignored) {
      // the file is complete either way; only the rename might not survive a power cut
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
