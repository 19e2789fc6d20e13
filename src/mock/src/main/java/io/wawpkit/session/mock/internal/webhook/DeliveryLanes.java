package io.wawpkit.session.mock.internal.webhook;

import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Serial queues by key (one per session and webhook URL): a lane delivers one event at a time and
 * starts the next only when the previous one was acknowledged or ran out of attempts. So one
 * session's events reach a receiver in the order of the changes, and a retry repeats its event
 * before any later one, never after it. An empty lane is dropped, so idle sessions cost nothing.
 *
 * @param <T> what is delivered
 */
final class DeliveryLanes<T> {
  /** A lane's backlog limit: a receiver that stays down must not grow the mock's memory without end. */
  static final int MAX_WAITING = 1000;

  /** What {@link #offer} did with an item. */
  enum Offer { START_NOW, QUEUED, DROPPED }

  private static final class Lane<T> {
    final ArrayDeque<T> waiting = new ArrayDeque<>();
    boolean busy;
  }

  private final Map<String, Lane<T>> lanes = new ConcurrentHashMap<>();

  /** Adds an item to its lane; START_NOW means the lane was idle and the caller sends it now. */
  Offer offer(String key, T item) {
    Offer[] result = new Offer[1];
    // compute() runs atomically per key, so offer and done never race on one lane
    lanes.compute(key, (k, lane) -> {
      Lane<T> l = lane == null ? new Lane<>() : lane;
      if (!l.busy) {
        l.busy = true;
        result[0] = Offer.START_NOW;
      } else if (l.waiting.size() < MAX_WAITING) {
        l.waiting.addLast(item);
        result[0] = Offer.QUEUED;
      } else {
        result[0] = Offer.DROPPED;
      }
      return l;
    });
    return result[0];
  }

  /** The lane's item in flight is finished: returns the next one to send, or null when the lane is empty. */
  T done(String key) {
    Object[] next = new Object[1];
    lanes.computeIfPresent(key, (k, lane) -> {
      next[0] = lane.waiting.pollFirst();
      if (next[0] == null) {
        return null;
      }
      return lane;
    });
    @SuppressWarnings("unchecked")
    T item = (T) next[0];
    return item;
  }

  /** How many lanes have work (for tests and the control API's view). */
  int active() {
    return lanes.size();
  }
}
