package io.wawpkit.session.publish;

import io.wawpkit.session.spec.Evidence;
import io.wawpkit.session.spec.EvidenceMarks;
import io.wawpkit.session.spec.LifecycleModel;
import io.wawpkit.session.spec.LoginEffect;
import io.wawpkit.session.spec.Move;
import io.wawpkit.session.spec.Transition;
import io.wawpkit.session.spec.WawpSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The reference page's lifecycle section, rendered from {@code x-wawp-lifecycle} as the spec
 * module's reader gives it ({@link WawpSpec#lifecycle()}, {@link WawpSpec#evidence()}): where each
 * action leads from each status and what it does to the saved login, the asynchronous moves, the
 * statuses the login operations are served in, and for every one of those rules its evidence
 * (documented, with the docs' words, or a position, with its reason) as a numbered note.
 */
final class LifecycleSection {
  /** Where the template (templates/html2/index.mustache) leaves room for the section. */
  static final String MARKER =
      "<!-- wawp-lifecycle: ReferencePage puts the lifecycle table here, rendered from x-wawp-lifecycle with each rule's evidence. -->";

  private final Map<String, Integer> notes = new LinkedHashMap<>();
  private final Map<String, Evidence> noteMarks = new LinkedHashMap<>();

  private LifecycleSection() {}

  static String html(WawpSpec spec) {
    return new LifecycleSection().render(spec);
  }

  private String render(WawpSpec spec) {
    LifecycleModel model = spec.lifecycle();
    EvidenceMarks marks = spec.evidence();
    List<String> states = model.states();
    StringBuilder h = new StringBuilder();
    h.append("<section id=\"wawp-lifecycle\" class=\"wawp-lifecycle\">\n");
    h.append("<style>.wawp-lifecycle .wawp-documented{color:#2b6b2b}.wawp-lifecycle .wawp-position{color:#9a5a00}"
        + ".wawp-lifecycle .wawp-tolerated{color:#555}</style>\n");
    h.append("<h2>Session lifecycle (<code>x-wawp-lifecycle</code>)</h2>\n");
    h.append("<p>The lifecycle is part of the contract. Each rule carries its evidence: <b>documented</b> (Wawp's docs"
        + " state it; the note quotes them) or <b>position</b> (the docs are silent or contradict themselves; the note"
        + " gives the reason). A v2 create leaves a session <b>").append(esc(model.initial())).append("</b>")
        .append(ref(marks.create(spec.createOperation("v2").operationId())));
    for (String op : model.createOperationsWithOwnStatus()) {
      h.append(", <code>").append(esc(op)).append("</code> leaves it <b>").append(esc(model.initialAfter(op))).append("</b>");
      h.append(ref(marks.create(op)));
    }
    h.append(".</p>\n");

    h.append("<table class=\"table table-bordered table-condensed\" id=\"wawp-lifecycle-table\">\n<thead><tr><th>action</th>");
    for (String s : states) {
      h.append("<th>").append(esc(s)).append("</th>");
    }
    h.append("</tr></thead>\n<tbody>\n");
    for (String action : actionsInOrder(model)) {
      h.append("<tr><th>").append(esc(action)).append("</th>");
      for (String from : states) {
        Optional<Transition> t = model.transition(action, from);
        h.append("<td data-action=\"").append(esc(action)).append("\" data-from=\"").append(esc(from)).append("\">");
        if (t.isEmpty()) {
          h.append("&mdash;");
        } else {
          String to = t.get().to();
          h.append(to.equals(model.terminal()) ? "gone (404 after)" : esc(to));
          h.append("<br><small>").append(esc(login(t.get().login()))).append("</small>");
        }
        h.append(ref(marks.transition(action, from))).append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</tbody>\n</table>\n");

    h.append("<h3>Moves no call makes</h3>\n<table class=\"table table-bordered table-condensed\" id=\"wawp-lifecycle-moves\">\n");
    h.append("<thead><tr><th>move</th><th>from</th><th>to</th><th>when</th><th>made by</th><th>saved login</th></tr></thead>\n<tbody>\n");
    for (Move m : model.moves()) {
      h.append("<tr><th>").append(esc(m.name())).append(ref(marks.move(m.name()))).append("</th><td>")
          .append(esc(String.join(", ", m.from()))).append("</td><td>").append(esc(m.to())).append("</td><td>")
          .append(esc(when(m.when()))).append("</td><td>").append(esc(m.trigger().name().toLowerCase(Locale.ROOT)))
          .append("</td><td>").append(esc(login(m.login()))).append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n");

    h.append("<h3>What each status carries, and where the login operations answer</h3>\n<ul id=\"wawp-lifecycle-served\">\n");
    for (String s : states) {
      Set<String> fields = model.carries(s);
      if (!fields.isEmpty()) {
        h.append("<li>").append(esc(s)).append(": session info carries <code>").append(esc(String.join("</code>, <code>", fields)))
            .append("</code>").append(ref(marks.carries(s))).append("</li>\n");
      }
    }
    for (Map.Entry<String, Set<String>> e : model.servedIn().entrySet()) {
      h.append("<li><code>").append(esc(e.getKey())).append("</code> answers in ")
          .append(esc(String.join(", ", new TreeSet<>(e.getValue())))).append(ref(marks.servedIn(e.getKey()))).append("</li>\n");
    }
    h.append("<li>in any other status they answer <code>").append(esc(model.otherwiseResponseName())).append("</code>")
        .append(ref(Optional.of(marks.servedInOtherwise()))).append("</li>\n");
    h.append("</ul>\n");

    h.append("<h3>Evidence</h3>\n<ol id=\"wawp-lifecycle-evidence\">\n");
    noteMarks.forEach((key, ev) -> {
      h.append("<li id=\"wawp-evidence-").append(notes.get(key)).append("\" data-basis=\"").append(ev.basis().word()).append("\"><b>")
          .append(ev.basis().word()).append("</b>");
      if (ev.source() != null && !ev.source().isBlank()) {
        h.append(" (").append(esc(ev.source())).append(")");
      }
      h.append(": ").append(esc(ev.grounds()));
      if (ev.item() != null) {
        h.append(" <small>(numbered position ").append(ev.item()).append(" of the description)</small>");
      }
      h.append("</li>\n");
    });
    h.append("</ol>\n</section>\n");
    return h.toString();
  }

  /** The model's actions, the usual ones first in the order a session meets them, any other after. */
  static List<String> actionsInOrder(LifecycleModel model) {
    List<String> usual = List.of("start", "stop", "restart", "logout", "delete");
    List<String> ordered = new java.util.ArrayList<>(usual.stream().filter(model.actions()::contains).toList());
    model.actions().stream().filter(a -> !usual.contains(a)).sorted().forEach(ordered::add);
    return ordered;
  }

  /** A rule's evidence in its cell: its basis and the number of its note. */
  private String ref(Optional<Evidence> mark) {
    if (mark.isEmpty()) {
      return " <small class=\"wawp-basis\">(no mark)</small>";
    }
    Evidence ev = mark.get();
    String key = ev.summary();
    Integer n = notes.computeIfAbsent(key, k -> notes.size() + 1);
    noteMarks.putIfAbsent(key, ev);
    return " <small class=\"wawp-basis wawp-" + ev.basis().word() + "\">" + ev.basis().word()
        + " <a href=\"#wawp-evidence-" + n + "\">[" + n + "]</a></small>";
  }

  private String ref(Evidence mark) {
    return ref(Optional.of(mark));
  }

  private static String login(LoginEffect effect) {
    return switch (effect) {
      case KEEP -> "login kept";
      case DROP -> "login dropped";
      case SAVE -> "login saved";
      case NONE -> "no login yet";
    };
  }

  private static String when(Move.When when) {
    return switch (when) {
      case ALWAYS -> "always";
      case SAVED_LOGIN -> "with a saved login";
      case NO_SAVED_LOGIN -> "without a saved login";
    };
  }

  static String esc(String s) {
    return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
