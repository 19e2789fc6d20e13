package io.wawpkit.session.mock.internal.control;

import io.wawpkit.session.mock.control.Fault;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The faults in force, one per operation (or {@code *}); each call uses up one of its times. */
public final class FaultInjector {
  private final Map<String, Remaining> faults = new ConcurrentHashMap<>();

  public void add(Fault fault) {
    faults.put(fault.operation(), new Remaining(fault));
  }

  public void clear() {
    faults.clear();
  }

  public boolean clear(String operation) {
    return faults.remove(operation) != null;
  }

  /** The faults in force with the times they have left. */
  public List<Fault> list() {
    List<Fault> list = new ArrayList<>();
    faults.values().forEach(r -> list.add(r.current()));
    return list;
  }

  /** The fault that applies to this call of an operation, if any, counting it as used. */
  public Fault take(String operationId) {
    if (faults.isEmpty()) {
      return null;
    }
    Fault f = take(operationId, faults.get(operationId));
    return f != null ? f : take(Fault.EVERY_OPERATION, faults.get(Fault.EVERY_OPERATION));
  }

  private Fault take(String key, Remaining r) {
    if (r == null) {
      return null;
    }
    synchronized (r) {
      if (r.left == null) {
        return r.fault;
      }
      if (r.left <= 0) {
        return null;
      }
      r.left--;
      if (r.left == 0) {
        faults.remove(key, r);
      }
      return r.fault;
    }
  }

  private static final class Remaining {
    final Fault fault;
    Integer left;

    Remaining(Fault fault) {
      this.fault = fault;
      this.left = fault.times();
    }

    synchronized Fault current() {
      return new Fault(fault.operation(), fault.latencyMillis(), fault.status(), fault.drop(), left);
    }
  }
}
