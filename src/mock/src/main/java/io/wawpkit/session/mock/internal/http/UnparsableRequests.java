package io.wawpkit.session.mock.internal.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.function.BiFunction;
import org.xnio.StreamConnection;
import org.xnio.conduits.AbstractStreamSinkConduit;
import org.xnio.conduits.AbstractStreamSourceConduit;
import org.xnio.conduits.StreamSinkConduit;
import org.xnio.conduits.StreamSourceConduit;

/**
 * Gives requests that Undertow refuses before any handler runs the spec's Error body instead of
 * the empty 400 Undertow writes: a broken escape such as {@code %zz} (its parser's fixed answer),
 * and a missing, repeated or malformed {@code Host} (its host check's empty 400, whose reason
 * phrase says which). Each connection's reads are kept in a small window, and when Undertow writes
 * an empty 400 (the mock's own answers always have a JSON body), a JSON one explaining the recent
 * bytes goes out instead. Nothing else on the connection is touched.
 */
public final class UnparsableRequests {
  /** What Undertow's HTTP/1.1 read listener writes when parsing fails (and the mock never does). */
  private static final byte[] UNDERTOW_BAD_REQUEST =
      "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] STATUS_400 = "HTTP/1.1 400 ".getBytes(StandardCharsets.US_ASCII);
  /** Longer than any empty answer Undertow writes; a longer write is not one. */
  private static final int MAX_EMPTY_ANSWER = 512;
  /** Enough for any request line the mock serves; a longer one is explained generically. */
  private static final int WINDOW = 8192;

  private volatile BiFunction<String, String, ApiError> explain;

  /**
   * From now on, refused requests are answered with {@code explain(recently read text, Undertow's
   * reason phrase)}.
   */
  public void explainWith(BiFunction<String, String, ApiError> explain) {
    this.explain = explain;
  }

  /** Undertow's reason phrase when {@code src} is an empty 400 it wrote, else null. Leaves {@code src} as it is. */
  static String emptyBadRequest(ByteBuffer src) {
    int n = src.remaining();
    if (n < STATUS_400.length || n > MAX_EMPTY_ANSWER
        || !src.duplicate().limit(src.position() + STATUS_400.length).equals(ByteBuffer.wrap(STATUS_400))) {
      return null;
    }
    byte[] bytes = new byte[n];
    src.duplicate().get(bytes);
    String head = new String(bytes, StandardCharsets.ISO_8859_1);
    String lower = head.toLowerCase(java.util.Locale.ROOT);
    if (!head.endsWith("\r\n\r\n") || !lower.contains("\r\ncontent-length: 0\r\n") || lower.contains("\r\ncontent-type:")) {
      return null;
    }
    return head.substring(STATUS_400.length, head.indexOf("\r\n"));
  }

  /** Wraps a new connection's conduits, before Undertow's HTTP listener sees it. */
  void watch(StreamConnection connection) {
    Recorder recorder = new Recorder(connection.getSourceChannel().getConduit());
    connection.getSourceChannel().setConduit(recorder);
    connection.getSinkChannel().setConduit(new Answerer(connection.getSinkChannel().getConduit(), recorder));
  }

  private byte[] answer(Recorder recorder, String reason) {
    BiFunction<String, String, ApiError> f = explain;
    if (f == null) {
      return null;
    }
    ApiError error = f.apply(recorder.recent(), reason);
    byte[] body = Json.bytes(error.body());
    StringBuilder head = new StringBuilder("HTTP/1.1 ").append(error.status()).append(" Bad Request\r\n")
        .append("Content-Type: application/json\r\n")
        .append("Content-Length: ").append(body.length).append("\r\n")
        .append("Connection: close\r\n");
    for (Map.Entry<String, String> h : error.headers().entrySet()) {
      head.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n");
    }
    byte[] headBytes = head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
    byte[] all = Arrays.copyOf(headBytes, headBytes.length + body.length);
    System.arraycopy(body, 0, all, headBytes.length, body.length);
    return all;
  }

  /** Keeps the last {@link #WINDOW} bytes read. Reads and writes run on the connection's I/O thread. */
  private static final class Recorder extends AbstractStreamSourceConduit<StreamSourceConduit> {
    private final byte[] ring = new byte[WINDOW];
    private long total;

    Recorder(StreamSourceConduit next) {
      super(next);
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
      int start = dst.position();
      int n = next.read(dst);
      for (int i = 0; i < n; i++) {
        ring[(int) (total++ % WINDOW)] = dst.get(start + i);
      }
      return n;
    }

    @Override
    public long read(ByteBuffer[] dsts, int offs, int len) throws IOException {
      // Undertow reads into one pooled buffer; read each in turn so all of them are recorded.
      long n = 0;
      for (int i = offs; i < offs + len; i++) {
        int r = read(dsts[i]);
        if (r < 0) {
          return n == 0 ? -1 : n;
        }
        n += r;
        if (dsts[i].hasRemaining()) {
          break;
        }
      }
      return n;
    }

    String recent() {
      int size = (int) Math.min(total, WINDOW);
      byte[] out = new byte[size];
      for (int i = 0; i < size; i++) {
        out[i] = ring[(int) ((total - size + i) % WINDOW)];
      }
      return new String(out, StandardCharsets.ISO_8859_1);
    }
  }

  /** Swaps Undertow's fixed 400 for the explained one; every other write passes through. */
  private final class Answerer extends AbstractStreamSinkConduit<StreamSinkConduit> {
    private final Recorder recorder;
    private ByteBuffer pending;
    private boolean terminateRequested;

    Answerer(StreamSinkConduit next, Recorder recorder) {
      super(next);
      this.recorder = recorder;
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
      String reason = pending != null ? null : src.equals(ByteBuffer.wrap(UNDERTOW_BAD_REQUEST)) ? "" : emptyBadRequest(src);
      if (reason != null) {
        byte[] replacement = answer(recorder, reason);
        if (replacement != null) {
          pending = ByteBuffer.wrap(replacement);
          int n = src.remaining();
          src.position(src.limit());
          drain();
          return n;
        }
      }
      if (pending != null && !drain()) {
        return 0;
      }
      return next.write(src);
    }

    @Override
    public long write(ByteBuffer[] srcs, int offs, int len) throws IOException {
      // one at a time, so that an empty 400 written as a gathering write is seen too
      long n = 0;
      for (int i = offs; i < offs + len; i++) {
        if (!srcs[i].hasRemaining()) {
          continue;
        }
        int w = write(srcs[i]);
        n += w;
        if (srcs[i].hasRemaining()) {
          break;
        }
      }
      return n;
    }

    @Override
    public boolean flush() throws IOException {
      if (!drain()) {
        return false;
      }
      if (terminateRequested) {
        terminateRequested = false;
        next.terminateWrites();
      }
      return next.flush();
    }

    @Override
    public void terminateWrites() throws IOException {
      // Undertow shuts writes down right after its write: the replacement must be out first.
      if (drain()) {
        next.terminateWrites();
      } else {
        terminateRequested = true;
      }
    }

    /** Writes what is left of the replacement; true when nothing is. */
    private boolean drain() throws IOException {
      while (pending != null && pending.hasRemaining()) {
        if (next.write(pending) == 0) {
          return false;
        }
      }
      return true;
    }
  }
}
