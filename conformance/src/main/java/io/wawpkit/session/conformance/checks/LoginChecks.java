package io.wawpkit.session.conformance.checks;

import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.wawpkit.session.conformance.engine.Answer;
import io.wawpkit.session.conformance.engine.Api;
import io.wawpkit.session.conformance.engine.CheckGroup;
import io.wawpkit.session.conformance.engine.Context;
import io.wawpkit.session.conformance.engine.Results;
import io.wawpkit.session.mock.control.MockControl;
import io.wawpkit.session.spec.Evidence;
import io.wawpkit.session.spec.Move;
import io.wawpkit.session.spec.SpecOperation;
import io.wawpkit.session.spec.Transition;
import io.wawpkit.session.spec.WawpSpec;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Predicate;

/**
 * The login operations (the v1 menu's "Authentication - Login"), beyond their shapes: while
 * SCAN_QR_CODE the raw QR decodes to the spec's decoded schema ({@code x-wawp-base64-json}) with an
 * expiry in the future, the image is a PNG whose QR reads back to the raw value, the three reads of
 * the QR agree at one moment, answers that must not be cached say so, the screenshot is a PNG and
 * the pairing code is stable and logs the session in (through the mock's control API, or a person
 * with {@code --await-scan}); in every other status the walk reaches, they answer the model's
 * {@code servedIn.otherwise}; a new stretch of SCAN_QR_CODE shows a new QR.
 *
 * <p>Which operations these are, what each answers and in which statuses, comes from the spec: the
 * operations bound to statuses ({@code x-wawp-lifecycle.servedIn}), by the response they document.
 * A session costs about 40 requests on v2 (fewer on v1), whatever the target.
 */
public final class LoginChecks implements CheckGroup {
  static final String GROUP = "login";
  /** The response components of the login answers, as the spec names them. */
  static final String RAW = "QrRaw";
  static final String IMAGE = "QrImage";
  static final String CODE = "PairingCode";
  static final String SCREENSHOT = "Screenshot";
  private static final String CACHE_CONTROL = "Cache-Control";
  private static final Map<WawpSpec, SchemaValidator> VALIDATORS = Collections.synchronizedMap(new WeakHashMap<>());

  @Override
  public String name() {
    return GROUP;
  }

  /**
   * One way to read a login answer: an operation served only in some statuses, the query value
   * that selects the answer when the operation answers several ({@code x-wawp-selects}), and the
   * component the answer follows.
   *
   * @param op the operation
   * @param param the selecting parameter, or null when the read sends none (the default answer)
   * @param value the parameter's value, or null
   * @param kind the schema of the answer (QrRaw, QrImage, PairingCode, Screenshot)
   * @param response the response component of the operation's 200 (its headers' marks)
   */
  record Read(SpecOperation op, String param, String value, String kind, String response) {
    Api.Call call(Context ctx, String id) {
      Api.Call c = ctx.api().call(op.operationId()).instance(id);
      if (CODE.equals(kind)) {
        c.exampleParams();
        String phone = ctx.target().pairingPhone();
        if (phone != null) {
          // the user's own number (--pairing-phone) in place of the example's; the query wins (position 27)
          phoneField(op).ifPresent(field -> c.query(field, phone));
        }
      }
      return param == null ? c : c.query(param, value);
    }

    /** The member of the request example that carries the phone number. */
    static Optional<String> phoneField(SpecOperation op) {
      return op.requestExample().flatMap(e -> {
        for (java.util.Iterator<String> names = e.fieldNames(); names.hasNext(); ) {
          String name = names.next();
          if (name.contains("phone")) {
            return Optional.of(name);
          }
        }
        return Optional.empty();
      });
    }

    String label() {
      return op.operationId() + (param == null ? "" : " " + param + "=" + value);
    }
  }

  /** The reads of the login answers on this target's version, in the spec's order. */
  static List<Read> reads(Context ctx) {
    List<Read> reads = new ArrayList<>();
    for (SpecOperation op : ctx.operations()) {
      if (ctx.model().servedIn(op.operationId()).isEmpty()) {
        continue;
      }
      ApiResponse ok = op.operation().getResponses().get("200");
      String ref = ok == null ? null : ok.get$ref();
      String response = ref == null ? null : ref.substring(ref.lastIndexOf('/') + 1);
      Optional<SpecOperation.AnswerSelector> selector = op.answerSelector();
      if (selector.isPresent()) {
        SpecOperation.AnswerSelector s = selector.get();
        s.schemaByValue().forEach((value, schema) -> reads.add(value.equals(s.defaultValue())
            ? new Read(op, null, null, schema, response) : new Read(op, s.parameter(), value, schema, response)));
      } else if (response != null) {
        reads.add(new Read(op, null, null, response, response));
      }
    }
    return reads;
  }

  private static List<Read> of(List<Read> reads, String kind) {
    return reads.stream().filter(r -> r.kind().equals(kind)).toList();
  }

  /** The status the raw QR is served in (SCAN_QR_CODE), from the model. */
  static String scanStatus(Context ctx, List<Read> reads) {
    return of(reads, RAW).stream().findFirst()
        .flatMap(r -> ctx.model().servedIn(r.op().operationId()))
        .flatMap(s -> s.stream().findFirst())
        .orElse(null);
  }

  @Override
  public void run(Context ctx) {
    List<Read> reads = reads(ctx);
    String scan = scanStatus(ctx, reads);
    Evidence loginMark = ctx.rule("one-qr-at-a-time");
    if (scan == null) {
      ctx.results().skip(loginMark, GROUP, "all", "the login operations", "API version " + ctx.target().apiVersion()
          + " serves no login operation bound to a status (x-wawp-lifecycle.servedIn)");
      return;
    }
    String id = ctx.createSession(null).orElse(null);
    if (id == null) {
      ctx.results().depart(ctx.operationMark(ctx.createOperation().operationId()), GROUP, ctx.createOperation().operationId(),
          "a session for the login checks", "create answers 200", "no instance", null);
      return;
    }
    Set<String> seen = new LinkedHashSet<>();
    Answer info = ctx.api().call("getSessionInfo").instance(id).send();
    info = toScan(ctx, reads, id, info, scan, seen);
    if (!scan.equals(info.text("status"))) {
      String status = info.text("status");
      String why = ctx.model().pendingMove(status, false, Move.Trigger.TIMER)
          .flatMap(m -> ctx.blockedBy(Context.move(m.name(), new Node(status, false).toString())))
          .map(Context::blockedReason)
          .orElse("the session did not reach " + scan + " (status " + status + ")");
      ctx.results().skip(loginMark, GROUP, "all", "the login operations while " + scan, why);
      return;
    }
    Set<String> values = new LinkedHashSet<>();
    inScan(ctx, reads, id, scan, values);
    seen.add(scan);
    String person = ctx.model().pendingMove(scan, false, Move.Trigger.PERSON).map(Move::to).orElse(null);
    boolean loggedIn = pairingCode(ctx, reads, id, scan, person);
    if (loggedIn) {
      outside(ctx, reads, id, person, seen);
      newQrAfter(ctx, reads, id, scan, values, seen, ctx.model().transition("logout", person));
    } else {
      newQrAfter(ctx, reads, id, scan, values, seen, Optional.empty());
    }
    ctx.control().ifPresent(control -> failed(ctx, control, reads, id, seen));
  }

  // ---------------------------------------------------------------- reaching SCAN_QR_CODE

  /**
   * Brings a new session to the scan status: the login operations are checked in each stable
   * status on the way (the initial one after create), then start and the boot.
   */
  private static Answer toScan(Context ctx, List<Read> reads, String id, Answer info, String scan, Set<String> seen) {
    for (int i = 0; i < 3 && info.status() == 200 && !scan.equals(info.text("status")); i++) {
      String status = info.text("status");
      if (ctx.model().pendingMove(status, false, Move.Trigger.TIMER).isPresent()) {
        info = LifecycleChecks.awaitTimerMove(ctx, GROUP, id, status);
        continue;
      }
      outside(ctx, reads, id, status, seen);
      Optional<SpecOperation> start = LifecycleChecks.operations(ctx, "start").stream().findFirst();
      if (start.isEmpty() || ctx.model().transition("start", status).map(t -> t.to().equals(status)).orElse(true)) {
        break;
      }
      ctx.api().call(start.get().operationId()).instance(id).send();
      info = ctx.api().call("getSessionInfo").instance(id).send();
    }
    return info;
  }

  // ---------------------------------------------------------------- SCAN_QR_CODE

  /** What one moment's reads of the QR answered. */
  private record Moment(List<Answer> raws, List<Answer> images, Answer info, Answer rawAgain) {
    String raw(Context ctx, List<Read> rawReads, int i) {
      return value(ctx, rawReads.get(i), raws.get(i)).orElse(null);
    }
  }

  private static Moment moment(Context ctx, List<Read> reads, String id) {
    List<Read> raw = of(reads, RAW);
    List<Answer> raws = raw.stream().map(r -> r.call(ctx, id).send()).toList();
    List<Answer> images = of(reads, IMAGE).stream().map(r -> r.call(ctx, id).send()).toList();
    Answer info = ctx.api().call("getSessionInfo").instance(id).send();
    Answer again = raw.isEmpty() ? null : raw.get(0).call(ctx, id).send();
    return new Moment(raws, images, info, again);
  }

  private static void inScan(Context ctx, List<Read> reads, String id, String scan, Set<String> values) {
    Results results = ctx.results();
    List<Read> raw = of(reads, RAW);
    List<Read> image = of(reads, IMAGE);
    Moment m = moment(ctx, reads, id);
    for (int i = 0; i < raw.size(); i++) {
      served(ctx, id, raw.get(i), m.raws().get(i), scan);
      rawQr(ctx, raw.get(i), m.raws().get(i));
      noStore(ctx, raw.get(i), m.raws().get(i));
    }
    for (int i = 0; i < image.size(); i++) {
      served(ctx, id, image.get(i), m.images().get(i), scan);
      qrImage(ctx, image.get(i), m.images().get(i));
      noStore(ctx, image.get(i), m.images().get(i));
    }
    // One QR at a time: re-read once when a rotation fell between the first and the last read.
    String first = raw.isEmpty() ? null : m.raw(ctx, raw, 0);
    String last = m.rawAgain() == null ? null : value(ctx, raw.get(0), m.rawAgain()).orElse(null);
    if (first != null && !first.equals(last)) {
      results.progress("  login: the QR rotated between the reads; reading them again once");
      m = moment(ctx, reads, id);
      first = m.raw(ctx, raw, 0);
    }
    if (first != null) {
      values.add(first);
      agreement(ctx, raw, image, m, first, scan);
    }
    for (Read r : of(reads, SCREENSHOT)) {
      Answer a = r.call(ctx, id).send();
      if (served(ctx, id, r, a, scan)) {
        screenshot(ctx, r, a, scan);
      }
      noStore(ctx, r, a);
    }
  }

  /**
   * In a status that serves the operation it answers 200, graded by the operation's servedIn mark.
   * An answer other than 200 is read against info first: when the session has left the status
   * meanwhile (a person scanned, the timer moved it), the check is skipped, not failed.
   */
  private static boolean served(Context ctx, String id, Read r, Answer a, String status) {
    if (a.status() != 200) {
      String now = ctx.api().call("getSessionInfo").instance(id).send().text("status");
      if (now != null && !now.equals(status)) {
        ctx.results().skip(ctx.marks().servedIn(r.op().operationId()).orElseGet(() -> ctx.operationMark(r.op().operationId())),
            GROUP, r.op().operationId(), r.label() + " is served while " + status,
            "the session left " + status + " meanwhile (now " + now + "): HTTP " + a.status() + " is not graded");
        return false;
      }
    }
    Evidence mark = ctx.marks().servedIn(r.op().operationId()).orElseGet(() -> ctx.operationMark(r.op().operationId()));
    if (a.status() == 404 && ctx.operationMark(r.op().operationId()).basis() == io.wawpkit.session.spec.Basis.POSITION) {
      // a path the contract took a position on (v2's screenshot): a target without it departs from that position only
      mark = ctx.operationMark(r.op().operationId());
    }
    return ctx.results().check(a.status() == 200, mark, GROUP, r.op().operationId(), r.label() + " is served while " + status,
        "200 (x-wawp-lifecycle.servedIn: " + ctx.model().servedIn(r.op().operationId()).orElse(Set.of()) + ")",
        "HTTP " + a.status() + " " + Objects.toString(a.errorCode(), ""), a.exchange());
  }

  /** The decoded value of a raw QR's answer ({@code x-wawp-base64-json}), or empty. */
  static Optional<JsonNode> decoded(Context ctx, Read r, Answer a) {
    if (a.status() != 200) {
      return Optional.empty();
    }
    return ctx.spec().base64Json().stream().filter(b -> b.schema().equals(r.kind())).findFirst()
        .flatMap(b -> QrReading.base64Json(a.text(b.property())));
  }

  /** The QR value a raw QR's answer carries (its decoded {@code value}), or empty. */
  static Optional<String> value(Context ctx, Read r, Answer a) {
    return decoded(ctx, r, a).map(v -> v.path("value")).filter(JsonNode::isTextual).map(JsonNode::asText);
  }

  /** The raw QR decodes to the spec's decoded schema, and its expiry is in the future. */
  private static void rawQr(Context ctx, Read r, Answer a) {
    if (a.status() != 200) {
      return;
    }
    Optional<WawpSpec.Base64Json> b64 = ctx.spec().base64Json().stream().filter(b -> b.schema().equals(r.kind())).findFirst();
    if (b64.isEmpty()) {
      return;
    }
    String schemaName = b64.get().decodedSchema();
    String property = b64.get().property();
    Evidence propertyMark = ctx.marks().on("/components/schemas/" + r.kind() + "/properties/" + property)
        .orElseGet(() -> ctx.marks().schema(r.kind()));
    Optional<JsonNode> decoded = QrReading.base64Json(a.text(property));
    String name = r.label() + ": '" + property + "' is the Base64 of a " + schemaName;
    if (decoded.isEmpty()) {
      ctx.results().depart(propertyMark, GROUP, r.op().operationId(), name,
          "Base64 of JSON that validates against " + schemaName + " (x-wawp-base64-json)", "'" + property + "' does not decode to JSON",
          a.exchange());
      return;
    }
    List<Results.Clause> clauses = new ArrayList<>();
    clauses.add(new Results.Clause(true, ctx.marks().schema(schemaName)));
    List<String> found = new ArrayList<>();
    for (ValidationReport.Message m : validate(ctx.spec(), schemaName, decoded.get())) {
      String keyword = m.getKey().substring(m.getKey().lastIndexOf('.') + 1);
      String pointer = m.getContext().flatMap(ValidationReport.MessageContext::getPointers)
          .map(ValidationReport.MessageContext.Pointers::getSchema).orElse("");
      String node = "/components/schemas/" + schemaName + (pointer == null ? "" : pointer);
      clauses.add(new Results.Clause(false, ctx.marks().keyword(node, keyword).orElseGet(() -> ctx.marks().schema(schemaName))));
      found.add(m.getMessage());
    }
    ctx.results().check(GROUP, r.op().operationId(), name, "JSON that validates against " + schemaName + " (x-wawp-base64-json)",
        "decoded " + decoded.get() + ": " + String.join("; ", found), a.exchange(), clauses.toArray(Results.Clause[]::new));
    JsonNode expiry = decoded.get().path("expiry");
    if (expiry.isNumber()) {
      long now = System.currentTimeMillis();
      long then = expiry.asLong();
      Long served = dateHeader(a);
      boolean future = then > now || (served != null && then > served);
      ctx.results().check(future, ctx.rule("qr-expiry"), GROUP, r.op().operationId(), r.label() + ": the QR's expiry is in the future",
          "expiry after the moment it was read (" + now + " by this machine's clock"
              + (served == null ? "" : ", or " + served + " by the answer's Date header") + ")",
          "expiry " + then + " (" + Instant.ofEpochMilli(then) + ")", a.exchange());
    }
  }

  /** The time an answer's Date header gives (whole seconds, so the end of its second), or null. */
  static Long dateHeader(Answer a) {
    String date = a.header("Date");
    if (date == null) {
      return null;
    }
    try {
      return ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli() + 999;
    } catch (RuntimeException e) {
      return null;
    }
  }

  static List<ValidationReport.Message> validate(WawpSpec spec, String schemaName, JsonNode value) {
    Schema<?> schema = spec.openApi().getComponents().getSchemas().get(schemaName);
    SchemaValidator validator = VALIDATORS.computeIfAbsent(spec, s -> new SchemaValidator(s.openApi(), new MessageResolver()));
    synchronized (validator) {
      return validator.validate(value.toString(), schema, "decoded").getMessages().stream()
          .filter(m -> m.getLevel() == ValidationReport.Level.ERROR).toList();
    }
  }

  /** The image is a PNG data URL, and the PNG shows a QR that reads. */
  private static void qrImage(Context ctx, Read r, Answer a) {
    if (a.status() != 200) {
      return;
    }
    String field = "qr";
    String url = a.text(field);
    String node = "/components/schemas/" + r.kind() + "/properties/" + field;
    Evidence dataUrl = ctx.marks().keyword(node, "pattern").orElseGet(() -> ctx.marks().schema(r.kind()));
    Optional<BufferedImage> png = url != null && url.startsWith(QrReading.PNG_DATA_URL) ? QrReading.png(url) : Optional.empty();
    ctx.results().check(png.isPresent(), dataUrl, GROUP, r.op().operationId(), r.label() + ": '" + field + "' is a PNG data URL that decodes",
        QrReading.PNG_DATA_URL + " and the Base64 of a PNG javax.imageio reads", url == null ? "no '" + field + "'"
            : shorten(url), a.exchange());
    if (png.isPresent()) {
      Optional<String> text = QrReading.qrText(png.get());
      ctx.results().check(text.isPresent(), ctx.marks().schema(r.kind()), GROUP, r.op().operationId(),
          r.label() + ": the PNG shows a QR that reads", "a QR code ZXing reads, as a phone would",
          "a " + png.get().getWidth() + "x" + png.get().getHeight() + " PNG in which no QR code reads", a.exchange());
    }
  }

  private static void screenshot(Context ctx, Read r, Answer a, String status) {
    Optional<BufferedImage> png = QrReading.bytes(a.text("data")).flatMap(QrReading::png);
    ctx.results().check(png.isPresent(), ctx.marks().response(r.response()), GROUP, r.op().operationId(),
        r.label() + ": the screenshot is a PNG that decodes while " + status, "'data' the Base64 of a PNG javax.imageio reads",
        "mimetype " + a.text("mimetype") + ", data " + shorten(Objects.toString(a.text("data"), "missing")), a.exchange());
  }

  /**
   * An answer the spec says must not be cached carries the header: its presence graded by the
   * header's mark (documented for the image), the directive by its pattern's (a position).
   */
  private static void noStore(Context ctx, Read r, Answer a) {
    if (a.status() != 200 || r.response() == null) {
      return;
    }
    String header = "/components/responses/" + r.response() + "/headers/" + CACHE_CONTROL;
    JsonNode node = ctx.marks().tree().at(header);
    if (node.isMissingNode() || !node.path("required").asBoolean(false)) {
      return;
    }
    String directive = node.path("schema").path("pattern").asText("");
    Evidence present = ctx.marks().on(header).orElseGet(() -> ctx.marks().response(r.response()));
    Evidence pattern = ctx.marks().keyword(header + "/schema", "pattern").orElse(present);
    String value = a.header(CACHE_CONTROL);
    boolean has = value != null;
    boolean forbids = has && java.util.regex.Pattern.compile(directive).matcher(value).find();
    ctx.results().check(GROUP, r.op().operationId(), r.label() + ": the answer forbids caching (" + CACHE_CONTROL + ")",
        CACHE_CONTROL + " matching '" + directive + "'", has ? CACHE_CONTROL + ": " + value : "no " + CACHE_CONTROL, a.exchange(),
        new Results.Clause(has, present), new Results.Clause(!has || forbids, pattern));
  }

  /** The raw QR, the image's QR and info's qr are one QR at one moment (a position). */
  private static void agreement(Context ctx, List<Read> raw, List<Read> image, Moment m, String value, String scan) {
    Evidence rule = ctx.rule("one-qr-at-a-time");
    for (int i = 1; i < raw.size(); i++) {
      String other = m.raw(ctx, raw, i);
      if (m.raws().get(i).status() == 200) {
        ctx.results().check(value.equals(other), rule, GROUP, raw.get(i).op().operationId(),
            raw.get(i).label() + " gives the QR " + raw.get(0).label() + " gives", "value " + shorten(value),
            "value " + shorten(Objects.toString(other, "missing")), m.raws().get(i).exchange());
      }
    }
    for (int i = 0; i < image.size(); i++) {
      Answer a = m.images().get(i);
      if (a.status() == 200) {
        Optional<String> shown = QrReading.qrText(Objects.toString(a.text("qr"), ""));
        ctx.results().check(shown.isPresent() && value.equals(shown.get()), rule, GROUP, image.get(i).op().operationId(),
            image.get(i).label() + " shows the QR " + raw.get(0).label() + " gives", "a QR that reads " + shorten(value),
            shown.map(s -> "a QR that reads " + shorten(s)).orElse("no QR that reads"), a.exchange());
      }
    }
    if (ctx.model().carries(scan).contains("qr") && m.info().status() == 200) {
      String qr = m.info().text("qr");
      Optional<String> shown = qr == null ? Optional.empty() : QrReading.qrText(qr);
      ctx.results().check(shown.isPresent() && value.equals(shown.get()), rule, GROUP, "getSessionInfo",
          "info's qr shows the QR " + raw.get(0).label() + " gives", "a QR that reads " + shorten(value),
          qr == null ? "no qr" : shown.map(s -> "a QR that reads " + shorten(s)).orElse("no QR that reads"), m.info().exchange());
    }
  }

  // ---------------------------------------------------------------- outside SCAN_QR_CODE

  /**
   * In a status the walk reached, each login operation answers as the model says: 200 where it is
   * served (a screenshot a PNG), else the model's {@code otherwise} response naming the status. Read
   * only while the status holds (info before and after), once per status.
   */
  private static void outside(Context ctx, List<Read> reads, String id, String status, Set<String> seen) {
    if (status == null || !ctx.model().isKnownStatus(status) || !seen.add(status)) {
      return;
    }
    Set<SpecOperation> asked = new LinkedHashSet<>();
    List<Read> once = reads.stream().filter(r -> asked.add(r.op())).toList();
    List<Answer> answers = once.stream().map(r -> r.call(ctx, id).send()).toList();
    Answer after = ctx.api().call("getSessionInfo").instance(id).send();
    if (!status.equals(after.text("status"))) {
      ctx.results().progress("  login: the session left " + status + " while its login operations were read; not graded there");
      return;
    }
    String otherwise = ctx.model().otherwiseResponseName();
    WawpSpec.ErrorExample expected = otherwise == null ? null : ctx.spec().errorExample(otherwise);
    for (int i = 0; i < once.size(); i++) {
      Read r = once.get(i);
      Answer a = answers.get(i);
      if (ctx.model().serves(r.op().operationId(), status)) {
        if (served(ctx, id, r, a, status) && SCREENSHOT.equals(r.kind())) {
          screenshot(ctx, r, a, status);
        }
        continue;
      }
      if (expected == null) {
        continue;
      }
      String named = a.json().path("data").path("session_status").asText(null);
      boolean ok = a.status() == expected.status() && expected.code().equals(a.errorCode()) && status.equals(named);
      ctx.results().check(ok, ctx.marks().servedInOtherwise(), GROUP, r.op().operationId(),
          r.label() + " is not served while " + status,
          expected.status() + " " + expected.code() + " with data.session_status " + status + " (x-wawp-lifecycle.servedIn.otherwise: "
              + otherwise + ")",
          "HTTP " + a.status() + " " + Objects.toString(a.errorCode(), "") + (named == null ? "" : ", data.session_status " + named),
          a.exchange());
    }
  }

  /** With the control API: the service fails the session, and the login operations answer as FAILED says. */
  private static void failed(Context ctx, MockControl control, List<Read> reads, String id, Set<String> seen) {
    if (control.fail(id) != MockControl.MoveResult.APPLIED) {
      return;
    }
    Answer info = ctx.api().call("getSessionInfo").instance(id).send();
    outside(ctx, reads, id, info.text("status"), seen);
  }

  // ---------------------------------------------------------------- a new QR

  /**
   * The session enters the scan status again (logout from WORKING, or stop and start): its QR is
   * not one it showed before (a position: one QR at a time, new with each stretch).
   */
  private static void newQrAfter(Context ctx, List<Read> reads, String id, String scan, Set<String> values, Set<String> seen,
      Optional<Transition> logout) {
    Evidence rule = ctx.rule("one-qr-at-a-time");
    List<Read> raw = of(reads, RAW);
    if (raw.isEmpty() || values.isEmpty()) {
      return;
    }
    String way;
    if (logout.isPresent() && scan.equals(logout.get().to())) {
      way = "logout";
      LifecycleChecks.operations(ctx, "logout").stream().findFirst()
          .ifPresent(op -> ctx.api().call(op.operationId()).instance(id).send());
    } else {
      way = "stop, then start";
      Optional<SpecOperation> stop = LifecycleChecks.operations(ctx, "stop").stream().findFirst();
      Optional<SpecOperation> start = LifecycleChecks.operations(ctx, "start").stream().findFirst();
      if (stop.isEmpty() || start.isEmpty()) {
        return;
      }
      ctx.api().call(stop.get().operationId()).instance(id).send();
      Answer stopped = ctx.api().call("getSessionInfo").instance(id).send();
      outside(ctx, reads, id, stopped.text("status"), seen);
      ctx.api().call(start.get().operationId()).instance(id).send();
    }
    Answer info = ctx.awaitInfo(id, "the session after " + way, scan, s -> s.equals(scan) || !ctx.model().isKnownStatus(s)
        || ctx.model().pendingMove(s, false, Move.Trigger.TIMER).isEmpty(), ctx.transitionTimeout());
    if (!scan.equals(info.text("status"))) {
      ctx.results().skip(rule, GROUP, raw.get(0).op().operationId(), "a new QR after " + way,
          "the session did not reach " + scan + " again (status " + info.text("status") + ")");
      return;
    }
    Answer a = raw.get(0).call(ctx, id).send();
    String now = value(ctx, raw.get(0), a).orElse(null);
    ctx.results().check(now != null && !values.contains(now), rule, GROUP, raw.get(0).op().operationId(),
        "a new QR after " + way + " (" + scan + " entered again)", "a value none of the " + values.size() + " QR(s) before had",
        now == null ? "HTTP " + a.status() + ", no value" : values.contains(now) ? "the same value as before: " + shorten(now)
            : "value " + shorten(now), a.exchange());
  }

  // ---------------------------------------------------------------- the pairing code

  /**
   * Requests a pairing code twice (the same code: a position), then has it entered: through the
   * control API, or by a person with {@code --await-scan}; the session must reach WORKING with the
   * login saved (documented), seen at the next boot.
   *
   * @return whether the session is logged in (in {@code person}'s status) afterwards
   */
  private static boolean pairingCode(Context ctx, List<Read> reads, String id, String scan, String working) {
    List<Read> codes = of(reads, CODE);
    if (codes.isEmpty() || working == null) {
      return false;
    }
    Read r = codes.get(0);
    if (ctx.control().isEmpty() && ctx.target().pairingPhone() == null) {
      // In SCAN_QR_CODE a live service sends the code to the number's phone: never to a number the user did not give.
      String why = "needs --pairing-phone NUMBER (a WhatsApp number you own): a pairing code is sent to that phone";
      ctx.results().skip(ctx.rule("pairing-code-stable"), GROUP, r.op().operationId(),
          r.label() + ": asked again for the same number, the same code", why);
      ctx.results().skip(ctx.rule("pairing-code-logs-in"), GROUP, r.op().operationId(),
          "a pairing code entered leads to " + working, why);
      return false;
    }
    Answer first = r.call(ctx, id).send();
    Answer second = r.call(ctx, id).send();
    served(ctx, id, r, first, scan);
    String code = first.status() == 200 ? first.text("code") : null;
    if (code == null) {
      return false;
    }
    ctx.results().check(code.equals(second.text("code")), ctx.rule("pairing-code-stable"), GROUP, r.op().operationId(),
        r.label() + ": asked again for the same number, the same code", "code " + code,
        "HTTP " + second.status() + ", code " + second.text("code"), second.exchange());
    Evidence logsIn = ctx.rule("pairing-code-logs-in");
    String name = "a pairing code entered leads to " + working;
    Answer info;
    if (ctx.control().isPresent()) {
      MockControl.MoveResult entered = ctx.control().get().enterPairingCode(id, code);
      if (entered != MockControl.MoveResult.APPLIED) {
        ctx.results().depart(logsIn, GROUP, r.op().operationId(), name, "the code request-code gave is accepted",
            "the mock's control API did not accept it: " + entered, second.exchange());
        return false;
      }
      info = ctx.awaitInfo(id, "the pairing code's scan (person)", working, s -> !s.equals(scan), ctx.transitionTimeout());
    } else if (ctx.target().awaitScan() != null) {
      String phone = ctx.target().pairingPhone();
      ctx.results().progress("  waiting up to " + Context.inWords(ctx.target().awaitScan()) + " for a person to enter the pairing code "
          + code + " in WhatsApp (Linked devices > Link with phone number instead, for " + phone + ") on " + id);
      info = ctx.waitingForAPerson(() -> ctx.awaitInfo(id, "a person entering the pairing code", working, s -> !s.equals(scan),
          ctx.target().awaitScan()));
    } else {
      ctx.results().skip(logsIn, GROUP, r.op().operationId(), name,
          "needs a person to enter the code in WhatsApp (--await-scan) or this project's mock's control API");
      return false;
    }
    boolean ok = working.equals(info.text("status"));
    ctx.results().check(ok, logsIn, GROUP, r.op().operationId(), name, working + " within the wait",
        "status " + info.text("status"), info.exchange());
    if (!ok) {
      return false;
    }
    return loginSaved(ctx, id, working, logsIn, r);
  }

  /** Stop, then start: a saved login boots back to WORKING (the model's timer move with a saved login). */
  private static boolean loginSaved(Context ctx, String id, String working, Evidence logsIn, Read r) {
    Optional<SpecOperation> stop = LifecycleChecks.operations(ctx, "stop").stream().findFirst();
    Optional<SpecOperation> start = LifecycleChecks.operations(ctx, "start").stream().findFirst();
    if (stop.isEmpty() || start.isEmpty()) {
      return true;
    }
    ctx.api().call(stop.get().operationId()).instance(id).send();
    Answer stopped = ctx.api().call("getSessionInfo").instance(id).send();
    String from = stopped.text("status");
    String booting = ctx.model().transition("start", from).map(Transition::to).orElse(null);
    ctx.api().call(start.get().operationId()).instance(id).send();
    Answer info = ctx.awaitInfo(id, "the boot with a saved login", working,
        s -> !s.equals(booting) && !s.equals(from), ctx.transitionTimeout());
    return ctx.results().check(working.equals(info.text("status")), logsIn, GROUP, r.op().operationId(),
        "the login a pairing code made is saved (the next boot resumes " + working + ")", working + " after stop and start",
        "status " + info.text("status"), info.exchange());
  }

  // ---------------------------------------------------------------- waiting for a person

  /**
   * Waits for a person to scan the QR of a session on a target without a control API
   * ({@code --await-scan}): shows the QR in the terminal, drawn from the raw value, anew each time it
   * rotates (the raw QR is read again once its expiry has passed, at the wait's pace).
   */
  public static Answer awaitAPerson(Context ctx, String id, String step, String awaited, Predicate<String> status, Duration wait) {
    List<Read> raw = of(reads(ctx), RAW);
    Runnable show = raw.isEmpty() ? () -> { } : new Shower(ctx, raw.get(0), id);
    return ctx.waitingForAPerson(() -> ctx.awaitInfo(id, step, awaited, status, wait, show));
  }

  /** Shows the session's QR in the terminal when it is new. */
  private static final class Shower implements Runnable {
    /** Read again after this at the latest, whatever the expiry said. */
    private static final long LONGEST_MILLIS = 30_000;
    private final Context ctx;
    private final Read read;
    private final String id;
    private String shown;
    private long next;

    Shower(Context ctx, Read read, String id) {
      this.ctx = ctx;
      this.read = read;
      this.id = id;
    }

    @Override
    public void run() {
      long now = System.currentTimeMillis();
      if (now < next) {
        return;
      }
      Answer a = read.call(ctx, id).send();
      Optional<JsonNode> v = decoded(ctx, read, a);
      String value = v.map(n -> n.path("value").asText(null)).orElse(null);
      long expiry = v.map(n -> n.path("expiry").asLong(0)).orElse(0L);
      next = expiry > now ? Math.min(expiry, now + LONGEST_MILLIS) : now + LONGEST_MILLIS / 3;
      if (value != null && !value.equals(shown)) {
        shown = value;
        ctx.results().progress("  the QR to scan (" + (expiry > now ? "until " + Instant.ofEpochMilli(expiry) : "read now")
            + "; a new one is shown when it rotates):\n" + TerminalQr.render(value));
      }
    }
  }

  static String shorten(String s) {
    return s == null ? "null" : s.length() > 60 ? s.substring(0, 60) + "..." : s;
  }
}
