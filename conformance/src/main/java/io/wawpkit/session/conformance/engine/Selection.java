package io.wawpkit.session.conformance.engine;

import io.wawpkit.session.spec.SpecOperation;
import io.wawpkit.session.spec.WawpSpec;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The part of the suite a run is narrowed to ({@code --include}/{@code --exclude}): names of check
 * groups (shape, errors, tenancy, lifecycle, consistency) and operationIds of the spec, in any
 * letter case. When the includes name groups, only those run; a group the excludes name does not
 * run. When the includes name operations, only the checks about them are recorded; the checks
 * about an operation the excludes name are not. Groups decide what runs (and so how long the run
 * takes); operations decide what is reported (a group still sends the requests its walk needs).
 * Two kinds of result are kept whatever the selection: a group that crashed, and the clean-up of
 * the sessions the suite created (an instance left on the target must be said).
 */
public final class Selection {
  /** Everything: no --include, no --exclude. */
  public static final Selection ALL = new Selection(Set.of(), Set.of(), Set.of(), Set.of());

  private final Set<String> includeGroups;
  private final Set<String> excludeGroups;
  private final Set<String> includeOperations;
  private final Set<String> excludeOperations;

  private Selection(Set<String> includeGroups, Set<String> excludeGroups, Set<String> includeOperations,
      Set<String> excludeOperations) {
    this.includeGroups = includeGroups;
    this.excludeGroups = excludeGroups;
    this.includeOperations = includeOperations;
    this.excludeOperations = excludeOperations;
  }

  /** The names of the suite's check groups, in the order a full run takes them. */
  public static List<String> groupNames() {
    return Profile.ALL.groups().stream().map(CheckGroup::name).toList();
  }

  /**
   * The selection the names give; each entry may list several, separated by commas.
   *
   * @throws IllegalArgumentException naming the unknown name and every known one
   */
  public static Selection of(Collection<String> include, Collection<String> exclude, WawpSpec spec) {
    Map<String, String> groups = new TreeMap<>();
    groupNames().forEach(g -> groups.put(g.toLowerCase(Locale.ROOT), g));
    Map<String, String> operations = new TreeMap<>();
    spec.operations().forEach(o -> operations.put(o.operationId().toLowerCase(Locale.ROOT), o.operationId()));
    Set<String> ig = new LinkedHashSet<>();
    Set<String> io = new LinkedHashSet<>();
    Set<String> eg = new LinkedHashSet<>();
    Set<String> eo = new LinkedHashSet<>();
    sort("--include", include, groups, operations, ig, io, spec);
    sort("--exclude", exclude, groups, operations, eg, eo, spec);
    if (ig.isEmpty() && io.isEmpty() && eg.isEmpty() && eo.isEmpty()) {
      return ALL;
    }
    return new Selection(Set.copyOf(ig), Set.copyOf(eg), Set.copyOf(io), Set.copyOf(eo));
  }

  private static void sort(String option, Collection<String> entries, Map<String, String> groups,
      Map<String, String> operations, Set<String> toGroups, Set<String> toOperations, WawpSpec spec) {
    if (entries == null) {
      return;
    }
    for (String entry : entries) {
      if (entry == null) {
        continue;
      }
      for (String raw : entry.split(",")) {
        String name = raw.strip();
        if (name.isEmpty()) {
          continue;
        }
        String key = name.toLowerCase(Locale.ROOT);
        if (groups.containsKey(key)) {
          toGroups.add(groups.get(key));
        } else if (operations.containsKey(key)) {
          toOperations.add(operations.get(key));
        } else {
          throw new IllegalArgumentException(option + ": '" + name + "' is neither a check group nor an operation; groups: "
              + String.join(", ", groupNames()) + "; operations: "
              + String.join(", ", spec.operations().stream().map(SpecOperation::operationId).toList()));
        }
      }
    }
  }

  /** Whether nothing is left out. */
  public boolean everything() {
    return this == ALL;
  }

  /**
   * The groups of a profile this selection runs, in their order; each records only the results
   * {@link #selects} keeps.
   */
  public List<CheckGroup> groups(List<CheckGroup> groups) {
    List<CheckGroup> out = new ArrayList<>();
    for (CheckGroup g : groups) {
      if ((includeGroups.isEmpty() || includeGroups.contains(g.name())) && !excludeGroups.contains(g.name())) {
        out.add(includeOperations.isEmpty() && excludeOperations.isEmpty() ? g : new Narrowed(g, this));
      }
    }
    return out;
  }

  /** Whether a result is about a selected operation (crashes and the clean-up always are). */
  public boolean selects(CheckResult result) {
    if (result.evidence() == null || "cleanup".equals(result.group())) {
      return true;
    }
    String operation = result.operation();
    return (includeOperations.isEmpty() || includeOperations.contains(operation)) && !excludeOperations.contains(operation);
  }

  /** The selection in words, for the console: {@code groups lifecycle; operations getSessionInfo; not startSession}. */
  public Optional<String> describe() {
    if (everything()) {
      return Optional.empty();
    }
    List<String> parts = new ArrayList<>();
    if (!includeGroups.isEmpty()) {
      parts.add("groups " + String.join(", ", groupNames().stream().filter(includeGroups::contains).toList()));
    }
    if (!includeOperations.isEmpty()) {
      parts.add("checks about " + String.join(", ", ordered(includeOperations)));
    }
    List<String> not = new ArrayList<>(groupNames().stream().filter(excludeGroups::contains).toList());
    not.addAll(ordered(excludeOperations));
    if (!not.isEmpty()) {
      parts.add("without " + String.join(", ", not));
    }
    return Optional.of(String.join("; ", parts));
  }

  private static List<String> ordered(Set<String> names) {
    return names.stream().sorted().toList();
  }

  /** A group whose results are narrowed to the selected operations. */
  private record Narrowed(CheckGroup group, Selection selection) implements CheckGroup {
    @Override
    public String name() {
      return group.name();
    }

    @Override
    public void run(Context context) {
      context.results().select(selection::selects);
      group.run(context);
    }
  }
}
