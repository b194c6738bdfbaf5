"""The request models from Python: entries, whole requests, update-profile bodies."""

from __future__ import annotations

import json

import pytest

import contactkit as ck


def test_user_property_inputs() -> None:
    entry = {"phoneNumber": "9090909090", "email": "Mark@BIK.ai", "firstName": "Test", "lastName": "2"}
    want = {"firstName": "Test", "lastName": "2", "phoneNumber": "+91 9090909090", "email": "mark@bik.ai"}
    assert ck.validate_user_property(entry) == want
    assert list(ck.validate_user_property(entry)) == list(want)  # the API's key order
    assert ck.validate_user_property(json.dumps(entry)) == want
    assert ck.validate_user_property(json.dumps(entry).encode()) == want
    cz = dict(entry, phoneNumber="777 123 456")
    assert ck.validate_user_property(cz, region="CZ")["phoneNumber"] == "+420 777123456"


def test_user_property_errors() -> None:
    with pytest.raises(ck.ValidationError) as info:
        ck.validate_user_property('{"lastName":" ","city":7}')
    err = info.value
    assert str(err) == 'ValidationError: "firstName" is required'
    assert (err.code, err.path, err.message) == ("any.required", ("firstName",), '"firstName" is required')
    with pytest.raises(ck.ValidationError) as info:
        ck.validate_user_property('{"lastName":" ","city":7}', all_errors=True)
    err = info.value
    assert str(err) == (
        'ValidationError: "firstName" is required. "lastName" is not allowed to be empty. "city" must be a string'
    )
    assert [e.code for e in err.errors] == ["any.required", "string.empty", "string.base"]
    with pytest.raises(ck.ValidationError) as info:
        ck.validate_user_property({"firstName": "A", "lastName": "B", "tags": ["x", 5]})
    assert info.value.path == ("tags", 1)
    assert str(info.value) == 'ValidationError: "tags[1]" must be a string'
    with pytest.raises(ck.ValidationError) as info:
        ck.validate_user_property({"firstName": "A", "lastName": "B", "tags": ["a", "b"]}, max_tags=1)
    assert info.value.code == "array.max"


def test_hostile_entries() -> None:
    # A lone surrogate reaches the model as the escape a JavaScript client sends.
    with pytest.raises(ck.ValidationError) as info:
        ck.validate_user_property({"firstName": "A\ud800", "lastName": "B"})
    assert str(info.value) == 'ValidationError: "firstName" must not contain unpaired surrogates'
    # A split surrogate pair is the character it encodes, as in JavaScript.
    assert ck.validate_user_property('{"firstName":"\ud83d\ude00","lastName":"B"}')["firstName"] == "😀"
    for body in [b"\xff\xfe", "[" * 100_000, "", "null", '{"firstName":' + '"a' * 10, float("nan")]:
        with pytest.raises(ck.ValidationError):
            ck.validate_user_property(body)
    with pytest.raises(TypeError):
        ck.validate_user_property(object())


def test_request_response_shape() -> None:
    body = json.dumps(
        {
            "userProperties": [
                {"phoneNumber": "9090909090", "email": "mark@bik.ai", "firstName": "Test", "lastName": "2"},
                {"phoneNumber": "9090909010", "emil": "mark2@bik.ai", "firstName": "Test2", "lastName": "4"},
            ]
        }
    )
    result = ck.validate_request(body)
    assert len(result) == 2 and result.valid_indices == [0]
    assert result.valid == [{"firstName": "Test", "lastName": "2", "phoneNumber": "+91 9090909090", "email": "mark@bik.ai"}]
    assert result.invalid == [
        {
            "index": 1,
            "entry": '{"phoneNumber": "9090909010", "emil": "mark2@bik.ai", "firstName": "Test2", "lastName": "4"}',
            "error": 'ValidationError: "emil" is not allowed',
            "errors": ['ValidationError: "emil" is not allowed'],
        }
    ]
    # The document's example response, member for member.
    assert json.dumps(result.response(update_count=1, extra={"storeId": "p60HYv5wjgQaOrPdqT5NjbpkroD2"}), separators=(",", ":")) == (
        '{"status":200,"data":{"invalidUserProperties":[{"phoneNumber":"9090909010",'
        '"emil":"mark2@bik.ai","firstName":"Test2","lastName":"4","storeId":"p60HYv5wjgQaOrPdqT5NjbpkroD2",'
        '"error":"ValidationError: \\"emil\\" is not allowed"}],'
        '"bulkUpsertUPResponse":{"createCount":0,"updateCount":1,"docsFailedToUpdate":[]}}}'
    )
    assert ck.validate_request(body, parallel=True).invalid == result.invalid


def test_request_body_errors() -> None:
    with pytest.raises(ck.ValidationError) as info:
        ck.validate_request(b'{"userProperties": [], "dryRun": true}')
    assert str(info.value) == 'ValidationError: "dryRun" is not allowed'
    entries = ",".join(['{"firstName":"A","lastName":"B"}'] * 3)
    with pytest.raises(ck.ValidationError) as info:
        ck.validate_request('{"userProperties":[' + entries + "]}", max_entries=2)
    assert info.value.code == "array.max"
    assert len(ck.validate_request('{"userProperties":[' + entries + "]}", max_entries=3)) == 3


def test_split_request() -> None:
    body = b'{"userProperties": [\n  {"a": 1},\n  {"firstName": "B"}\n]}'
    table = ck.split_request(body)
    assert table.column("entry").to_pylist() == ['{"a": 1}', '{"firstName": "B"}']
    assert table.column("line").to_pylist() == [2, 3]
    assert table.column("index").to_pylist() == [0, 1]
    with pytest.raises(ck.ValidationError):
        ck.split_request(b'{"userProperties": [], "x": 1}')


def test_update_profile() -> None:
    body = {"email": "Jan@Barasek.com", "phone": "+420 777 123 456", "postalCode": "27201", "country": "CZ"}
    profile = ck.UpdateProfile.from_json(body)
    assert str(profile.email) == "jan@barasek.com"
    assert profile.phone == ck.intl_phone("+420777123456")
    assert (profile.postal_code, str(profile.country), profile.groups) == ("272 01", "CZ", ())
    assert profile.to_dict()["postalCode"] == "272 01"
    assert ck.UpdateProfile.from_json(profile.to_json()) == profile
    with pytest.raises(ck.ValidationError) as info:
        ck.UpdateProfile.from_json(dict(body, groups=[[]]))
    assert str(info.value) == 'ValidationError: "groups[0]" must be a string'
    key, same = ck.UpdateProfile.from_request("apiKey=PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE", None, json.dumps(body))
    assert (str(key), same) == ("PROD****", profile)
    with pytest.raises(ck.ValidationError) as info:
        ck.UpdateProfile.from_request("apiKey=PRODPGrFxp", None, json.dumps(body))
    assert info.value.code == "api_key.wrong_length" and "PGrFxp" not in str(info.value)


def test_valid_restores_the_garbage_collector() -> None:
    import gc

    result = ck.validate_request('{"userProperties":[{"firstName":"A","lastName":"B"}]}')
    assert gc.isenabled()
    assert result.valid == [{"firstName": "A", "lastName": "B"}]
    assert gc.isenabled()
    gc.disable()
    try:
        assert len(result.valid) == 1
        assert not gc.isenabled()
    finally:
        gc.enable()
