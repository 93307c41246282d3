"""Drives a generated metrics module and prints, as JSON, what it asked of OpenTelemetry.

    python drive_module.py <folder> <module> api             # opentelemetry-api installed
    python drive_module.py <folder> <module> without-otel    # opentelemetry not installed

With `api`, the module's instruments are created on KeepingMeter, an implementation of the API's own abstract
`Meter` whose create_* methods take exactly the API's parameters, and whose instruments (subclasses of the API's
instrument classes) keep every measurement and, like the SDK, refuse what is not a number or an attribute value.
Every recording function is called with each allowed value of each Literal parameter, with and without its
optional parameters, and with bad values; the test (python.test.ts) compares the result with the catalog.
"""

import importlib
import inspect
import json
import logging
import sys
import typing

sys.path.insert(0, sys.argv[1])
MODULE_NAME = sys.argv[2]
MODE = sys.argv[3]

ATTRIBUTE_TYPES = (str, bool, int, float)


class KeepingHandler(logging.Handler):
    """Keeps what the module logs at any level, so the test can tell silence from a warning."""

    def __init__(self):
        super().__init__(logging.DEBUG)
        self.records = []

    def emit(self, record):
        self.records.append(f"{record.levelname} {record.getMessage()}")


LOGGED = KeepingHandler()
logging.getLogger().addHandler(LOGGED)
logging.getLogger().setLevel(logging.DEBUG)


def recording_methods(module):
    recorder = module.MetricsRecorder
    return [
        (name, method)
        for name, method in inspect.getmembers(recorder, inspect.isfunction)
        if not name.startswith("_")
    ]


def describe(module, name, method):
    """The method's parameters: name, kind, default, and the values of a Literal type (through Optional)."""
    hints = typing.get_type_hints(method, vars(module))
    parameters = []
    for parameter in list(inspect.signature(method).parameters.values())[1:]:
        hint = hints.get(parameter.name)
        args = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        if typing.get_origin(hint) is typing.Union and len(args) == 1:
            hint = args[0]
        literal = list(typing.get_args(hint)) if typing.get_origin(hint) is typing.Literal else None
        default = parameter.default
        parameters.append(
            {
                "name": parameter.name,
                "keyword_only": parameter.kind is inspect.Parameter.KEYWORD_ONLY,
                "has_default": default is not inspect.Parameter.empty,
                "default": None if default is inspect.Parameter.empty else default,
                "literal": literal,
                "type": getattr(hint, "__name__", str(hint)),
            }
        )
    return {"name": name, "parameters": parameters}


def good_calls(description):
    """Keyword arguments for calls that cover every Literal value, with and without the optional parameters."""
    value, *keywords = description["parameters"]
    required = [p for p in keywords if not p["has_default"]]
    optional = [p for p in keywords if p["has_default"]]

    def sample(parameter, index):
        values = parameter["literal"]
        return values[index % len(values)] if values else f"{parameter['name']}-{index}"

    count = max([len(p["literal"] or [None]) for p in keywords] + [1])
    calls = []
    for index in range(count):
        arguments = {p["name"]: sample(p, index) for p in required}
        calls.append(({value["name"]: 3 + index}, arguments))
        calls.append(({value["name"]: 5}, {**arguments, **{p["name"]: sample(p, index) for p in optional}}))
    return calls


def bad_calls(description):
    """Arguments no implementation accepts: not a number, not an attribute value, a value outside the Literal."""
    value, *keywords = description["parameters"]
    base = {p["name"]: (p["literal"] or ["x"])[0] for p in keywords if not p["has_default"]}
    calls = [({value["name"]: "not a number"}, base), ({value["name"]: None}, base)]
    for parameter in keywords:
        calls.append(({value["name"]: 1}, {**base, parameter["name"]: object()}))
        calls.append(({value["name"]: 1}, {**base, parameter["name"]: None}))
        if parameter["literal"]:
            calls.append(({value["name"]: 1}, {**base, parameter["name"]: "not-in-the-catalog"}))
    return calls


def run_api():
    from opentelemetry import metrics as api
    from opentelemetry.metrics import Counter, Histogram, Meter, MeterProvider, UpDownCounter
    from opentelemetry.metrics import _Gauge as Gauge

    received = []

    def check(kind, amount, attributes):
        # Strict where the SDK is lenient or fails by accident (it compares a counter's amount with 0).
        if isinstance(amount, bool) or not isinstance(amount, (int, float)):
            raise TypeError(f"the amount is a {type(amount).__name__}")
        if kind == "counter" and amount < 0:
            raise ValueError("a counter only increases")
        for key, value in (attributes or {}).items():
            if not isinstance(key, str) or not isinstance(value, ATTRIBUTE_TYPES):
                raise TypeError(f"attribute {key!r} has a {type(value).__name__}")

    class Keeping:
        def __init__(self, name, unit="", description="", explicit_bucket_boundaries_advisory=None):
            self.name, self.unit, self.description = name, unit, description
            self.advisory = explicit_bucket_boundaries_advisory

        kind = ""

        def keep(self, operation, amount, attributes):
            check(self.kind, amount, attributes)
            received.append({"instrument": self.name, "operation": operation, "amount": amount, "attributes": dict(attributes or {})})

    class KeepingCounter(Keeping, Counter):
        kind = "counter"

        def add(self, amount, attributes=None, context=None):
            self.keep("add", amount, attributes)

    class KeepingUpDownCounter(Keeping, UpDownCounter):
        def add(self, amount, attributes=None, context=None):
            self.keep("add", amount, attributes)

    class KeepingHistogram(Keeping, Histogram):
        def record(self, amount, attributes=None, context=None):
            self.keep("record", amount, attributes)

    class KeepingGauge(Keeping, Gauge):
        def set(self, amount, attributes=None, context=None):
            self.keep("set", amount, attributes)

    created = []

    class KeepingMeter(Meter):
        def create_counter(self, name, unit="", description=""):
            return self._keep(KeepingCounter(name, unit, description), "counter")

        def create_up_down_counter(self, name, unit="", description=""):
            return self._keep(KeepingUpDownCounter(name, unit, description), "updowncounter")

        def create_histogram(self, name, unit="", description="", *, explicit_bucket_boundaries_advisory=None):
            return self._keep(KeepingHistogram(name, unit, description, explicit_bucket_boundaries_advisory), "histogram")

        def create_gauge(self, name, unit="", description=""):
            return self._keep(KeepingGauge(name, unit, description), "gauge")

        def create_observable_counter(self, name, callbacks=None, unit="", description=""):
            raise AssertionError("the module creates no observable instruments")

        create_observable_gauge = create_observable_up_down_counter = create_observable_counter

        def _keep(self, instrument, kind):
            advisory = instrument.advisory
            created.append(
                {
                    "meter": self.name,
                    "name": instrument.name,
                    "kind": kind,
                    "unit": instrument.unit,
                    "description": instrument.description,
                    "advisory": None if advisory is None else list(advisory),
                    "advisory_types": None if advisory is None else sorted({type(bound).__name__ for bound in advisory}),
                }
            )
            return instrument

    class KeepingMeterProvider(MeterProvider):
        def get_meter(self, name, version=None, schema_url=None, attributes=None):
            return KeepingMeter(name, version, schema_url)

    class RefusingMeter(KeepingMeter):
        def _keep(self, instrument, kind):
            raise RuntimeError("this meter refuses every instrument")

    def same_parameters(method):
        ours = [(p.name, p.kind, p.default) for p in inspect.signature(getattr(KeepingMeter, method)).parameters.values()]
        theirs = [(p.name, p.kind, p.default) for p in inspect.signature(getattr(Meter, method)).parameters.values()]
        return ours == theirs

    module = importlib.import_module(MODULE_NAME)
    methods = recording_methods(module)
    descriptions = [describe(module, name, method) for name, method in methods]
    result = {
        "otel_module": module._otel_metrics is not None,
        "api_parameters": {
            method: same_parameters(method)
            for method in ["create_counter", "create_up_down_counter", "create_histogram", "create_gauge"]
        },
        "meter_name": module.METER_NAME,
    }

    instruments = module.create_instruments(KeepingMeter("direct"))
    result["instruments"] = created[:]
    result["instrument_keys"] = sorted(instruments)
    result["instruments_are_api_instruments"] = all(isinstance(i, api.Instrument) for i in instruments.values())

    created.clear()
    recorder = module.MetricsRecorder(KeepingMeter("direct"))
    calls = []
    for description in descriptions:
        method = getattr(recorder, description["name"])
        for positional, keywords in good_calls(description):
            received.clear()
            returned = method(*positional.values(), **keywords)
            calls.append({"method": description["name"], "value": list(positional.values())[0], "passed": keywords, "received": received[:], "returned": returned})
    result["methods"] = descriptions
    result["calls"] = calls

    raised = []
    for description in descriptions:
        method = getattr(recorder, description["name"])
        for positional, keywords in bad_calls(description):
            received.clear()
            try:
                method(*positional.values(), **keywords)
            except BaseException as error:  # noqa: BLE001 - the point is that nothing escapes
                raised.append(f"{description['name']}: {type(error).__name__}: {error}")
    result["bad_calls_raised"] = raised

    result["bad_calls_logged"] = [record.split(":")[0] for record in LOGGED.records]
    LOGGED.records.clear()
    refused = []
    try:
        refusing = module.MetricsRecorder(RefusingMeter("refusing"))
        for description in descriptions:
            positional, keywords = good_calls(description)[0]
            getattr(refusing, description["name"])(*positional.values(), **keywords)
    except BaseException as error:  # noqa: BLE001
        refused.append(f"{type(error).__name__}: {error}")
    result["refusing_meter_raised"] = refused
    result["refusing_meter_logged"] = LOGGED.records[:]
    LOGGED.records.clear()

    # The API's no-op meter: what the API gives without an SDK.
    noop = module.MetricsRecorder(api.NoOpMeter("noop"))
    for description in descriptions:
        positional, keywords = good_calls(description)[0]
        getattr(noop, description["name"])(*positional.values(), **keywords)

    # Created before a provider is set, as a module-level recorder in a library is: the API's proxy meter
    # forwards to the provider set later, with the same names, units, descriptions and bucket advice.
    created.clear()
    received.clear()
    early = module.MetricsRecorder()
    api.set_meter_provider(KeepingMeterProvider())
    for description in descriptions:
        positional, keywords = good_calls(description)[0]
        getattr(early, description["name"])(*positional.values(), **keywords)
    result["proxy_instruments"] = created[:]
    result["proxy_received"] = received[:]
    result["logged_otherwise"] = LOGGED.records[:]
    print(json.dumps(result, sort_keys=True, default=repr))


def run_without_otel():
    try:
        importlib.import_module("opentelemetry")
    except ImportError:
        pass
    else:
        raise SystemExit("opentelemetry is installed; this run needs an environment without it")
    module = importlib.import_module(MODULE_NAME)
    recorder = module.MetricsRecorder()
    descriptions = [describe(module, name, method) for name, method in recording_methods(module)]
    calls = 0
    returned = []
    for description in descriptions:
        method = getattr(recorder, description["name"])
        for positional, keywords in good_calls(description) + bad_calls(description):
            returned.append(method(*positional.values(), **keywords))
            calls += 1
    print(
        json.dumps(
            {
                "otel_module": module._otel_metrics is not None,
                "instruments": len(recorder._instruments),
                "methods": [description["name"] for description in descriptions],
                "calls": calls,
                "returned": sorted({repr(value) for value in returned}),
                "logged": LOGGED.records,
            },
            sort_keys=True,
        )
    )


if MODE == "api":
    run_api()
elif MODE == "without-otel":
    run_without_otel()
else:
    raise SystemExit(f"unknown mode {MODE}")
