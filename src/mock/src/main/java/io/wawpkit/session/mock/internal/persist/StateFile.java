package io.wawpkit.session.mock.internal.persist;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.wawpkit.session.mock.internal.http.Json;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.Predicate;

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

  /**
   * The saved state, or null when there is no file yet.
   *
   * @throws StateFileException naming what is wrong, in one line, when the file cannot be read,
   *     is not JSON, or is damaged (see {@link StateFileCheck}); the file is left as it is
   */
  public StateSnapshot read(Predicate<String> knownStatus) {
    if (!Files.exists(file)) {
      return null;
    }
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(file.toFile());
    } catch (JsonProcessingException e) {
      // the location only: Jackson's text quotes the file, which holds tokens
      JsonLocation at = e.getLocation();
      throw refused("it is not valid JSON" + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
    } catch (IOException e) {
      throw new StateFileException("cannot read the state file " + file + ": " + reason(e));
    }
    String problem = root == null || root.isMissingNode() ? "it is empty" : StateFileCheck.problem(root, knownStatus);
    if (problem != null) {
      throw refused(problem);
    }
    try {
      return Json.MAPPER.treeToValue(root, StateSnapshot.class);
    } catch (JsonProcessingException e) {
      throw refused("it does not read as a state file");
    }
  }

  private StateFileException refused(String problem) {
    return new StateFileException("the state file " + file + " is damaged, so the mock did not start and left it"
        + " untouched: " + problem);
  }

  /**
   * Refuses a path the mock could not write to, at start rather than at the first change: a write
   * creates a temporary file beside it and moves it over the file.
   */
  public void checkWritable() {
    try {
      if (Files.isDirectory(file)) {
        throw new StateFileException("cannot write the state file " + file + ": it is a directory");
      }
      Path dir = file.getParent();
      Files.createDirectories(dir);
      Files.delete(Files.createTempFile(dir, file.getFileName().toString(), ".tmp"));
      if (Files.exists(file) && !Files.isWritable(file) && !Files.isWritable(dir)) {
        throw new StateFileException("cannot write the state file " + file + ": permission denied");
      }
    } catch (IOException e) {
      throw new StateFileException("cannot write the state file " + file + ": " + reason(e));
    }
  }

  /** A short reason for a file-system failure (the JDK's messages are often only the path). */
  static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
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
