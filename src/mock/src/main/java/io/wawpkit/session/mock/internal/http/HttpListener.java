package io.wawpkit.session.mock.internal.http;

import io.undertow.UndertowOptions;
import io.undertow.connector.ByteBufferPool;
import io.undertow.server.DefaultByteBufferPool;
import io.undertow.server.HttpHandler;
import io.undertow.server.protocol.http.HttpOpenListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.xnio.ChannelListener;
import org.xnio.ChannelListeners;
import org.xnio.IoUtils;
import org.xnio.OptionMap;
import org.xnio.Options;
import org.xnio.StreamConnection;
import org.xnio.Xnio;
import org.xnio.XnioWorker;
import org.xnio.channels.AcceptingChannel;

/**
 * Undertow's HTTP/1.1 connector, wired by hand with the settings {@code Undertow.builder()} uses,
 * for one reason: each new connection passes through {@link UnparsableRequests} before Undertow
 * reads from it, which the builder offers no hook for.
 */
public final class HttpListener implements AutoCloseable {
  /**
   * XNIO, JBoss Threads and Undertow announce themselves at INFO ("XNIO version ..."): in a user's
   * test output that is noise. Their logging reaches java.util.logging (in the jar users get,
   * jboss-logging is relocated and finds no other framework), where these loggers start at WARNING
   * unless the user configured them. Held here: java.util.logging keeps its loggers weakly.
   */
  private static final List<Logger> QUIET = quiet("org.xnio", "org.jboss.threads", "io.undertow");

  private final XnioWorker worker;
  private final ByteBufferPool buffers;
  private final AcceptingChannel<StreamConnection> channel;

  private HttpListener(XnioWorker worker, ByteBufferPool buffers, AcceptingChannel<StreamConnection> channel) {
    this.worker = worker;
    this.buffers = buffers;
    this.channel = channel;
  }

  /**
   * Listens on host:port (0: any free port) and hands every parsed request to {@code root}.
   * {@code parseTimeout} bounds how long a request's line and headers may trickle in;
   * {@code idleTimeout} how long a connection may wait for its next request.
   */
  public static HttpListener open(String host, int port, HttpHandler root, UnparsableRequests unparsable,
      Duration parseTimeout, Duration idleTimeout) {
    int ioThreads = Math.max(Runtime.getRuntime().availableProcessors(), 2);
    XnioWorker worker = null;
    ByteBufferPool buffers = new DefaultByteBufferPool(true, 16 * 1024 - 20, -1, 4);
    try {
      worker = Xnio.getInstance(HttpListener.class.getClassLoader()).createWorker(OptionMap.builder()
          .set(Options.WORKER_IO_THREADS, ioThreads)
          .set(Options.WORKER_TASK_CORE_THREADS, ioThreads * 8)
          .set(Options.WORKER_TASK_MAX_THREADS, ioThreads * 8)
          .set(Options.TCP_NODELAY, true)
          .set(Options.CORK, true)
          .getMap());
      HttpOpenListener http = new HttpOpenListener(buffers, OptionMap.builder()
          .set(UndertowOptions.NO_REQUEST_TIMEOUT, millis(idleTimeout))
          .set(UndertowOptions.REQUEST_PARSE_TIMEOUT, millis(parseTimeout))
          .getMap());
      http.setRootHandler(root);
      ChannelListener<StreamConnection> open = connection -> {
        unparsable.watch(connection);
        http.handleEvent(connection);
      };
      AcceptingChannel<StreamConnection> channel = worker.createStreamConnectionServer(
          new InetSocketAddress(InetAddress.getByName(host), port), ChannelListeners.openListenerAdapter(open),
          OptionMap.builder()
              .set(Options.WORKER_IO_THREADS, ioThreads)
              .set(Options.TCP_NODELAY, true)
              .set(Options.REUSE_ADDRESSES, true)
              .set(Options.BALANCING_TOKENS, 1)
              .set(Options.BALANCING_CONNECTIONS, 2)
              .set(Options.BACKLOG, 1000)
              .getMap());
      channel.resumeAccepts();
      return new HttpListener(worker, buffers, channel);
    } catch (IOException e) {
      if (worker != null) {
        worker.shutdownNow();
      }
      buffers.close();
      throw new UncheckedIOException("cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
    }
  }

  private static List<Logger> quiet(String... names) {
    List<Logger> loggers = new java.util.ArrayList<>();
    for (String name : names) {
      Logger logger = Logger.getLogger(name);
      if (logger.getLevel() == null) {
        logger.setLevel(Level.WARNING);
      }
      loggers.add(logger);
    }
    return List.copyOf(loggers);
  }

  private static int millis(Duration d) {
    return (int) Math.min(Integer.MAX_VALUE, d.toMillis());
  }

  public InetSocketAddress address() {
    return (InetSocketAddress) channel.getLocalAddress();
  }

  @Override
  public void close() {
    IoUtils.safeClose(channel);
    worker.shutdownNow();
    try {
      worker.awaitTermination();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    buffers.close();
  }
}
