package io.wawpkit.session.publish;

import com.fasterxml.jackson.databind.JsonNode;
import io.wawpkit.session.spec.Extensions;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares the two documents as plain trees, to catch what openapi-diff does not look at: the
 * {@code info} texts, examples and the project's {@code x-} extensions. A difference only in
 * prose or examples needs a patch release; any other difference it alone sees (such as a changed
 * {@code x-wawp-safe-to-repeat}) is treated as a compatible change, since no tool here can tell
 * whether clients relied on it. {@code info.version} itself is not compared.
 */
final class DocumentDiff {
  static final String SOURCE = "document";

  /** Keys whose values are prose or samples, never behaviour (with the extensions the reader calls documentation). */
  private static final Set<String> DOCUMENTATION = documentation();

  private DocumentDiff() {}

  private static Set<String> documentation() {
    Set<String> keys = new TreeSet<>(Set.of("description", "summary", "example", "examples", "externalDocs", "contact",
        "license"));
    keys.addAll(Extensions.DOCUMENTATION);
    return Set.copyOf(keys);
  }

  static List<Finding> compare(JsonNode released, JsonNode current) {
    List<String> prose = new ArrayList<>();
    List<String> other = new ArrayList<>();
    walk(released, current, "", false, prose, other);
    List<Finding> findings = new ArrayList<>();
    if (!other.isEmpty()) {
      findings.add(new Finding(ChangeLevel.MINOR, SOURCE, "changed outside prose: " + summary(other)));
    }
    if (!prose.isEmpty()) {
      findings.add(new Finding(ChangeLevel.PATCH, SOURCE, "prose or examples changed: " + summary(prose)));
    }
    return findings;
  }

  private static void walk(JsonNode a, JsonNode b, String path, boolean inProse, List<String> prose, List<String> other) {
    if (path.equals("/info/version") || (a != null && a.equals(b))) {
      return;
    }
    if (a != null && b != null && a.isArray() && b.isArray() && a.size() == b.size()) {
      for (int i = 0; i < a.size(); i++) {
        walk(a.get(i), b.get(i), path + "/" + i, inProse, prose, other);
      }
      return;
    }
    if (a == null || b == null || !a.isObject() || !b.isObject()) {
      (inProse ? prose : other).add(path.isEmpty() ? "/" : path);
      return;
    }
    Set<String> keys = new TreeSet<>();
    a.fieldNames().forEachRemaining(keys::add);
    b.fieldNames().forEachRemaining(keys::add);
    // Under "properties" the keys are property names: a property called "description" is data.
    boolean namesProperties = path.endsWith("/properties");
    for (String key : keys) {
      boolean prosey = inProse || (!namesProperties && DOCUMENTATION.contains(key));
      walk(a.get(key), b.get(key), path + "/" + key.replace("~", "~0").replace("/", "~1"), prosey, prose, other);
    }
  }

  private static String summary(List<String> paths) {
    Iterator<String> it = paths.iterator();
    List<String> shown = new ArrayList<>();
    while (it.hasNext() && shown.size() < 8) {
      shown.add(it.next());
    }
    return String.join(", ", shown) + (paths.size() > shown.size() ? " and " + (paths.size() - shown.size()) + " more" : "");
  }
}
