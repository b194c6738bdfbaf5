"""The scalar API: objects, properties, errors, secrets and hostile input."""

from __future__ import annotations

import pickle

import pytest

import contactkit as ck


def test_email_object() -> None:
    email = ck.canonical_email("  Jan@Bücher.DE ")
    assert str(email) == "jan@bücher.de"
    assert repr(email) == "CanonicalEmail('jan@bücher.de')"
    assert email.ascii_domain == "xn--bcher-kva.de"
    assert (email.local_part, email.domain) == ("jan", "bücher.de")
    assert email == ck.CanonicalEmail("jan@BÜCHER.de")
    assert hash(email) == hash(ck.canonical_email("JAN@bücher.de"))
    assert email != "jan@bücher.de"  # an object, not a str
    assert len({email, ck.canonical_email("jan@bücher.de")}) == 1
    assert ck.canonical_email("J.a.n+news@Gmail.com").dedup_key == "jan@gmail.com"
    with pytest.raises(AttributeError):
        email.domain = "x"  # type: ignore[misc]


def test_phone_object() -> None:
    phone = ck.intl_phone("+420 777 123 456")
    assert (str(phone), phone.e164, phone.region, phone.type) == (
        "+420 777123456",
        "+420777123456",
        "CZ",
        "MOBILE",
    )
    assert (phone.country_code, phone.national_number) == (420, "777123456")
    assert str(ck.intl_phone("9090909090", region="IN")) == "+91 9090909090"
    assert ck.IntlPhone("9090909090", "IN") == ck.intl_phone("+91 90909 09090")
    with pytest.raises(ck.ValidationError) as info:
        ck.intl_phone("9090909090")
    assert info.value.code.startswith("phone.")
    with pytest.raises(ck.ValidationError) as info:
        ck.intl_phone("9090909090", region="XX")
    assert str(info.value).startswith("phone: ")


def test_other_objects() -> None:
    ip = ck.normalized_ip("::1")
    assert (str(ip), ip.version, ip.classification, ip.is_public) == ("127.0.0.1", 4, "loopback", False)
    assert ck.normalized_ip("2001:db8::1").classification == "documentation"
    assert ck.normalized_ip("1.1.1.1").is_public
    vat = ck.vat_id("cz 9609040727")
    assert (str(vat), vat.country_prefix, vat.number) == ("CZ9609040727", "CZ", "9609040727")
    country = ck.country("Czechia")
    assert (str(country), country.alpha3, country.numeric) == ("CZ", "CZE", 203)
    loc = ck.locale("zh-hant-tw")
    assert (str(loc), loc.language, loc.script, loc.region) == ("zh-Hant-TW", "zh", "Hant", "TW")
    assert str(ck.referral_id(" IcUvkRfRF9IwveyP ")) == "IcUvkRfRF9IwveyP"


def test_error_shape() -> None:
    with pytest.raises(ValueError) as info:  # a ValueError, for code that catches those
        ck.canonical_email("jan.barasek.com")
    err = info.value
    assert isinstance(err, ck.ValidationError)
    assert str(err) == "email: missing '@'"
    assert (err.code, err.path, err.message) == ("email.missing_at", (), "email: missing '@'")
    assert [str(e) for e in err.errors] == ["email: missing '@'"]
    with pytest.raises(ck.ValidationError) as info:
        ck.api_key("PRODPGrFxpGEtrOZfuWhnoJohUYBXuO")
    assert str(info.value) == "api key: expected 32 characters, got 31"
    assert info.value.code == "api_key.wrong_length"


KEY = "PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE"


def test_api_key_never_shows_the_secret() -> None:
    key = ck.api_key(KEY)
    assert str(key) == "PROD****"
    assert repr(key) == "ApiKey(PROD****)"
    assert f"{key}" == "PROD****" and f"{key!r}" == "ApiKey(PROD****)"
    assert (key.kind, key.prefix) == ("Production", "PROD")
    assert key.expose_secret() == KEY
    assert KEY[4:12] not in repr([key, {"k": key}])
    with pytest.raises(TypeError):
        pickle.dumps(key)
    bad = KEY[:10] + "-" + KEY[11:]
    with pytest.raises(ck.ValidationError) as info:
        ck.api_key(bad)
    for text in (str(info.value), repr(info.value), info.value.message):
        assert bad[4:12] not in text and bad[12:20] not in text
    assert "position 11" in str(info.value)


@pytest.mark.parametrize(
    "parse",
    [ck.canonical_email, ck.intl_phone, ck.normalized_ip, ck.api_key, ck.referral_id, ck.vat_id, ck.country, ck.locale],
)
def test_hostile_input_is_an_error_not_a_crash(parse) -> None:
    for value in ["", " ", "\x00", "a\ud800b", "\udfff", "x" * 5_000_000, "😀" * 100_000, "\u202e@x.com"]:
        try:
            parse(value)
        except ck.ValidationError as err:
            assert isinstance(err.code, str) and str(err)
            assert len(str(err)) < 300  # the input is never echoed
    for value in [None, 5, b"a@b.com", ["a@b.com"], 1.5]:
        with pytest.raises(TypeError):
            parse(value)


def test_lone_surrogate_position() -> None:
    with pytest.raises(ck.ValidationError) as info:
        ck.canonical_email("ab\ud800@x.com")
    assert str(info.value) == "email: unpaired surrogate at position 3"
    assert info.value.code == "email.unpaired_surrogate"
    with pytest.raises(ck.ValidationError) as info:
        ck.api_key("PROD\udc00" + "a" * 27)
    assert str(info.value) == "api key: unpaired surrogate at position 5"
