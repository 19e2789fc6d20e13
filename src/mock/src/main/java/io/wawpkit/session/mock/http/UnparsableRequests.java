package io.wawpkit.session.mock.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import org.xnio.StreamConnection;
import org.xnio.conduits.AbstractStreamSinkConduit;
import org.xnio.conduits.AbstractStreamSourceConduit;
import org.xnio.conduits.StreamSinkConduit;
import org.xnio.conduits.StreamSourceConduit;

/**
 * Gives requests that Undertow cannot parse (a broken escape such as {@code %zz} in the path or
 * query, which its parser refuses before any handler runs) the spec's Error body instead of the
 * fixed empty 400 Undertow writes. Each connection's reads are kept in a small window, and when
 * Undertow writes exactly that fixed answer, a JSON one explaining the recent bytes goes out
 * instead. Nothing else on the connection is touched.
 */
public final class UnparsableRequests {
  /** What Undertow's HTTP/1.1 read listener writes when parsing fails (and the mock never does). */
  private static final byte[] UNDERTOW_BAD_REQUEST =
      "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
  /** Enough for any request line the mock serves; a longer one is explained generically. */
  private static final int WINDOW = 8192;

  private volatile Function<String, ApiError> explain;

  /** From now on, unparsable requests are answered with {@code explain(recently read text)}. */
  public void explainWith(Function<String, ApiError> explain) {
    this.explain = explain;
  }

  /** Wraps a new connection's conduits, before Undertow's HTTP listener sees it. */
  void watch(StreamConnection connection) {
    Recorder recorder = new Recorder(connection.getSourceChannel().getConduit());
    connection.getSourceChannel().setConduit(recorder);
    connection.getSinkChannel().setConduit(new Answerer(connection.getSinkChannel().getConduit(), recorder));
  }

  private byte[] answer(Recorder recorder) {
    Function<String, ApiError> f = explain;
    if (f == null) {
      return null;
    }
    ApiError error = f.apply(recorder.recent());
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
      if (pending == null && src.remaining() == UNDERTOW_BAD_REQUEST.length
          && src.equals(ByteBuffer.wrap(UNDERTOW_BAD_REQUEST))) {
        byte[] replacement = answer(recorder);
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
