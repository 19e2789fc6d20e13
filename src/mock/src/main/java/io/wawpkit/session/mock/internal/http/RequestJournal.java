package io.wawpkit.session.mock.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.media.Schema;
import io.wawpkit.session.mock.control.JournalEntry;
import io.wawpkit.session.spec.WawpSpec;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The last requests the API answered, bounded (the oldest go first), with every secret masked: the
 * access token in the query string, and in a body each member the spec declares a secret
 * ({@code format: password}, such as an HMAC key or a custom header's value). Headers are not
 * kept, so a bearer token never is. A line per request can also go to a console.
 */
public final class RequestJournal {
  private static final String MASK = "********";
  private static final int MAX_BODY_CHARS = 4096;

  private final int capacity;
  private final Pattern tokenInQuery;
  private final Set<String> secretMembers;
  private final Consumer<String> console;
  private final ArrayDeque<JournalEntry> entries = new ArrayDeque<>();

  /**
   * @param capacity how many requests to keep (0: none)
   * @param console where to print a line per request, or null
   */
  public RequestJournal(WawpSpec spec, int capacity, Consumer<String> console) {
    this.capacity = capacity;
    this.console = console;
    this.tokenInQuery = Pattern.compile("(?i)(^|&)(" + Pattern.quote(spec.credentials().tokenParameter()) + "=)[^&]*");
    this.secretMembers = secretMembers(spec);
  }

  /** Records an answered request; its body is masked before it is kept. */
  public void record(String method, String path, String query, String operationId, int status, long nanos,
      byte[] body) {
    if (capacity == 0 && console == null) {
      return;
    }
    String maskedQuery = query == null || query.isEmpty() ? null : tokenInQuery.matcher(query).replaceAll("$1$2" + MASK);
    JournalEntry e = new JournalEntry(Instant.now().toString(), method, path, maskedQuery, operationId, status,
        nanos / 1e6, masked(body));
    if (console != null) {
      console.accept(String.format("%s %s%s -> %d (%.1f ms)", method, path, maskedQuery == null ? "" : "?" + maskedQuery,
          status, e.millis()));
    }
    if (capacity > 0) {
      synchronized (entries) {
        if (entries.size() == capacity) {
          entries.removeFirst();
        }
        entries.addLast(e);
      }
    }
  }

  /** The kept requests, oldest first. */
  public List<JournalEntry> entries() {
    synchronized (entries) {
      return List.copyOf(entries);
    }
  }

  public void clear() {
    synchronized (entries) {
      entries.clear();
    }
  }

  private String masked(byte[] body) {
    if (body == null || body.length == 0) {
      return null;
    }
    String text;
    try {
      JsonNode tree = Json.MAPPER.readTree(body);
      mask(tree);
      text = tree.toString();
    } catch (IOException e) {
      // not JSON (a form body, garbage): kept only as its size, since it may hold anything
      return "(" + body.length + " bytes, not JSON)";
    }
    return text.length() > MAX_BODY_CHARS ? text.substring(0, MAX_BODY_CHARS) + "…" : text;
  }

  private void mask(JsonNode node) {
    if (node instanceof ObjectNode object) {
      object.fields().forEachRemaining(f -> {
        if (secretMembers.contains(f.getKey()) && f.getValue().isValueNode() && !f.getValue().isNull()) {
          f.setValue(object.textNode(MASK));
        } else {
          mask(f.getValue());
        }
      });
    } else if (node != null && node.isArray()) {
      node.forEach(this::mask);
    }
  }

  /** The names of the members the spec declares secret (format: password), and the token's. */
  private static Set<String> secretMembers(WawpSpec spec) {
    Set<String> names = new TreeSet<>(Set.of(spec.credentials().tokenParameter()));
    Map<String, Schema> schemas = spec.openApi().getComponents().getSchemas();
    for (Schema<?> schema : schemas.values()) {
      if (schema.getProperties() != null) {
        schema.getProperties().forEach((name, property) -> {
          if ("password".equals(property.getFormat())) {
            names.add(name);
          }
        });
      }
    }
    return names;
  }
}
