"""Decodes every example body of the spec with the generated Python models.

Usage: decode_examples.py <client folder> <examples.json>
examples.json is a list of {"where": ..., "schema": <component name>, "body": <JSON value>}, as
PythonClientTest extracts it from the bundle. Prints "decoded <n>" and exits 0 when every body
decodes, serialises back to the same JSON as the client sends it (nulls aside) and keeps its tolerant shape; exits 1 otherwise.
"""
import json
import re
import sys
from datetime import datetime

sys.path.insert(0, sys.argv[1])
import wawp_session.models as models  # noqa: E402
from wawp_session.api_client import ApiClient  # noqa: E402


# What the generated Python client cannot decode, each as the consumer README documents it: the
# example it breaks and a piece of the error. A limitation that stops failing is reported too, so
# that the README is corrected.
KNOWN_LIMITATIONS = [
    # WebhookConfigList is a oneOf (an array, or {} for the empty list); the generator validates its
    # array branch with pydantic, which does not run ActiveFlag's own oneOf decoder on is_active.
    ("/components/responses/WebhookSettings/", "No match found when deserializing the JSON string into WebhookConfigList"),
]

DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")


def without_nulls(value):
    """The value with null members dropped and date-times as instants (Z and +00:00 are equal)."""
    if isinstance(value, dict):
        return {k: without_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [without_nulls(v) for v in value]
    if isinstance(value, str) and DATE_TIME.match(value):
        return datetime.fromisoformat(value)
    return value


def kind(value):
    return "list" if isinstance(value, list) else "dict" if isinstance(value, dict) else type(value).__name__


def check_tolerant_shapes(where, body, decoded, failures):
    """engine and config.webhooks must keep the form the body used (list, object or string)."""
    if not isinstance(body, dict):
        return
    # a oneOf model (SessionStatusEvent: the v2 envelope or the v1 payload) holds the branch that matched
    decoded = getattr(decoded, "actual_instance", decoded)
    if body.get("engine") is not None:
        got = decoded.engine.actual_instance
        got = got.to_dict() if hasattr(got, "to_dict") else got
        if kind(got) != kind(body["engine"]):
            failures.append(f"{where}: engine {body['engine']!r} decoded as {got!r}")
    config = body.get("config")
    if isinstance(config, dict) and config.get("webhooks") is not None:
        got = decoded.config.webhooks.actual_instance
        if kind(got) != kind(config["webhooks"]):
            failures.append(f"{where}: config.webhooks {config['webhooks']!r} decoded as {got!r}")


def main():
    examples = json.load(open(sys.argv[2], encoding="utf-8"))
    failures = []
    for example in examples:
        where, body = example["where"], example["body"]
        model = getattr(models, example["schema"], None)
        if model is None:
            failures.append(f"{where}: no generated model {example['schema']}")
            continue
        try:
            decoded = model.from_json(json.dumps(body))
        except Exception as e:  # noqa: BLE001 - any failure to decode is what this reports
            failures.append(f"{where}: {example['schema']} does not decode: {e}")
            continue
        # What the client would send: to_json() masks format: password fields (pydantic SecretStr).
        again = ApiClient().sanitize_for_serialization(decoded)
        if without_nulls(again) != without_nulls(body):
            failures.append(f"{where}: re-encoded differs: {again!r} != {body!r}")
        check_tolerant_shapes(where, body, decoded, failures)

    # The decoder must also refuse what the spec refuses, or the checks above prove nothing.
    for schema, body in [("SessionInfo", {"name": "n", "status": "WORKING", "engine": 42}),
                         ("SessionInfo", {"name": "n", "status": "WORKING", "config": {"webhooks": "x"}}),
                         ("SessionInfo", {"status": "WORKING"})]:
        try:
            getattr(models, schema).from_json(json.dumps(body))
            failures.append(f"{schema} accepted an invalid body {body!r}")
        except Exception:  # noqa: BLE001
            pass

    known_count = 0
    for where, piece in KNOWN_LIMITATIONS:
        hits = [f for f in failures if f.startswith(where) or where in f.split(": ")[0]]
        known = [f for f in hits if piece in f]
        if not known:
            failures.append(f"known limitation no longer fails, update the consumer README: {where} ({piece})")
        for f in known:
            known_count += 1
            failures.remove(f)
            print("KNOWN " + f.splitlines()[0])
    for failure in failures:
        print("FAIL " + failure)
    failed = sum(1 for f in failures if ": " in f) + known_count
    print(f"decoded {len(examples) - failed} of {len(examples)} ({known_count} known limitation(s))")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
