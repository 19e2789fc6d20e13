package io.wawpkit.session.client;

import feign.Logger;

/** How much of each HTTP exchange the client logs (always with secrets masked). */
public enum HttpLogLevel {
  /** Nothing. */
  NONE(Logger.Level.NONE),
  /** Method, path, status and time. */
  BASIC(Logger.Level.BASIC),
  /** BASIC plus headers. */
  HEADERS(Logger.Level.HEADERS),
  /** HEADERS plus bodies. */
  FULL(Logger.Level.FULL);

  final Logger.Level feignLevel;

  HttpLogLevel(Logger.Level feignLevel) {
    this.feignLevel = feignLevel;
  }
}
