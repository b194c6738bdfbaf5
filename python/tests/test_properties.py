"""Property tests (hypothesis): parsing never fails other than with ValidationError, and
every accepted value round-trips: value -> str -> value, and normalizing is idempotent."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import contactkit as ck

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

PARSERS = {
    "email": ck.canonical_email,
    "phone": ck.intl_phone,
    "ip": ck.normalized_ip,
    "referral_id": ck.referral_id,
    "vat_id": ck.vat_id,
    "country": ck.country,
    "locale": ck.locale,
    "api_key": ck.api_key,
}

EMAILS = st.from_regex(r"\A[A-Za-z0-9._%+-]{1,20}@([A-Za-zé0-9-]{1,12}\.){1,3}[A-Za-z]{2,6}\Z")
PHONES = st.from_regex(r"\A\+?[1-9][0-9 ()-]{5,16}\Z")
IPS = st.ip_addresses().map(str)
VATS = st.sampled_from(["CZ", "DE", "FR", "IT", "NL", "PL", "SK", "AT"]).flatmap(
    lambda cc: st.from_regex(rf"\A{cc} ?[0-9A-Z]{{8,12}}\Z")
)
LOCALES = st.from_regex(r"\A[a-zA-Z]{2,3}(-[a-zA-Z]{4})?(-[a-zA-Z]{2})?\Z")
COUNTRIES = st.from_regex(r"\A[A-Za-z]{2,3}\Z")
REFERRALS = st.from_regex(r"\A[A-Za-z0-9]{16}\Z")
KEYS = st.from_regex(r"\A(PROD|DEV_|ROOT)[A-Za-z0-9]{28}\Z")


def _round_trip(kind: str, text: str) -> bool:
    """Checks the properties for one input; returns whether it was accepted."""
    parse = PARSERS[kind]
    try:
        value = parse(text)
    except ck.ValidationError as err:
        assert str(err) and err.code.startswith(kind.split("_id")[0].split("_")[0])
        return False
    if kind == "api_key":
        again = parse(value.expose_secret())
        assert str(value) == value.prefix + "****"
    else:
        again = parse(str(value))
        assert str(again) == str(value)  # normalizing twice changes nothing
    assert again == value and hash(again) == hash(value)
    return True


@SETTINGS
@given(st.text())
def test_any_text_is_accepted_or_a_validation_error(text: str) -> None:
    for kind in PARSERS:
        _round_trip(kind, text)


@SETTINGS
@given(EMAILS)
def test_prop_email_roundtrip(text: str) -> None:
    _round_trip("email", text)
    row = ck.emails([text]).to_pylist()[0]
    assert (row["value"] is None) != (row["error"] is None)


@SETTINGS
@given(PHONES, st.sampled_from([None, "IN", "CZ", "US", "DE", "GB"]))
def test_prop_phone_roundtrip(text: str, region) -> None:
    try:
        phone = ck.intl_phone(text, region=region)
    except ck.ValidationError:
        return
    # The canonical text and the E.164 form both parse back without a region.
    assert ck.intl_phone(str(phone)) == phone == ck.intl_phone(phone.e164)
    assert ck.phones([text], region=region).to_pylist()[0]["value"] == str(phone)


@SETTINGS
@given(IPS)
def test_prop_ip_roundtrip(text: str) -> None:
    assert _round_trip("ip", text)


@SETTINGS
@given(st.one_of(VATS.map(lambda t: ("vat_id", t)), LOCALES.map(lambda t: ("locale", t)),
                 COUNTRIES.map(lambda t: ("country", t)), REFERRALS.map(lambda t: ("referral_id", t)),
                 KEYS.map(lambda t: ("api_key", t))))
def test_prop_other_roundtrips(case) -> None:
    kind, text = case
    accepted = _round_trip(kind, text)
    if kind in ("referral_id", "api_key"):
        assert accepted


@SETTINGS
@given(st.dictionaries(st.sampled_from(["firstName", "lastName", "email", "phoneNumber", "tags", "city", "x"]),
                       st.one_of(st.text(max_size=30), st.integers(), st.booleans(), st.none(),
                                 st.lists(st.text(max_size=5), max_size=3)), max_size=7))
def test_prop_entry_roundtrip(entry) -> None:
    """A valid entry's normalized form validates to itself; an invalid one raises."""
    try:
        normalized = ck.validate_user_property(entry)
    except ck.ValidationError as err:
        assert str(err).startswith("ValidationError: ")
        return
    assert ck.validate_user_property(normalized) == normalized
