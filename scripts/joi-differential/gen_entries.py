#!/usr/bin/env python3
"""Writes N random BIK user-property entries as JSON Lines, for the Joi differential test.

Each line is one entry's exact JSON text, written by hand so that key order, duplicate
keys, `__proto__` and escapes (lone surrogates included) are what a JavaScript client
could send. Deterministic for a given seed.

    python3 gen_entries.py --count 30000 --seed 11 > entries.jsonl
"""
import argparse
import json
import random

FIELDS = [
    "firstName", "lastName", "source", "phoneNumber", "alternatePhoneNumber", "email",
    "address1", "address2", "city", "state", "country", "createdAt", "updatedAt",
    "emailMarketingConsent", "smsMarketingConsent", "tags", "partnerCustomerId",
]
TEXT = ["firstName", "lastName", "source", "address1", "address2", "city", "state",
        "country", "partnerCustomerId"]
PHONES = ["phoneNumber", "alternatePhoneNumber"]
DATES = ["createdAt", "updatedAt"]
BOOLS = ["emailMarketingConsent", "smsMarketingConsent"]
UNKNOWN = ["emial", "emil", "zzz", "0", "5", "01", "4294967294", "4294967295", "a.b", "",
           " ", "constructor", "toString", "hasOwnProperty", "prototype", "valueOf",
           "__proto__ ", "FirstName", "tags[0]", "a\"b", "é"]

NAMES = ["Test", "Jan", "Ó Súilleabháin", "Žofie", "李雷", "Ann-Marie", "O'Neil", "José",
         "Cafe\u0301", "  padded  ", "a  b", "Mark", "2", "x" * 40]
CITIES = ["Pune", "Bengaluru", "Kladno", "São Paulo", "Zürich", "New York"]


def raw(value):
    """A JSON value's text, with JavaScript-only forms written as raw text."""
    if isinstance(value, Raw):
        return value.text
    if isinstance(value, list):
        return "[" + ",".join(raw(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ",".join(json.dumps(k) + ":" + raw(v) for k, v in value.items()) + "}"
    return json.dumps(value, ensure_ascii=ASCII_RNG.random() < 0.5)


# Whether a string is written with \u escapes or as UTF-8: a generator of its own, so that
# the entries do not depend on how many strings came before.
ASCII_RNG = random.Random(0)


class Raw:
    def __init__(self, text):
        self.text = text


def odd_value(rng):
    return rng.choice([
        None, True, False, 0, 1, -1, 1.5, 1e21, Raw("1e400"), Raw("-0"), "", " ", "\t",
        [], ["a"], {}, {"a": 1}, Raw('"\\ud800"'), Raw('"a\\udc00b"'), Raw('"\\ud83d\\ude00"'),
        "\u0000x", "a\u0007b", "\u202eevil", "zero\u200bwidth", "\ufeffbom",
    ])


def text_value(rng):
    r = rng.random()
    if r < 0.75:
        return rng.choice(NAMES + CITIES)
    if r < 0.85:
        return odd_value(rng)
    return rng.choice(["a\nb", "tab\there", "x" * rng.choice([1, 100, 10001]), "\u3000ws\u3000",
                       "e\u0301", "\u0915\u094d\u200d\u0937"])


def phone_value(rng):
    r = rng.random()
    if r < 0.5:
        return rng.choice(["9", "8", "7", "6"]) + "".join(rng.choice("0123456789") for _ in range(9))
    if r < 0.7:
        return rng.choice(["+420 777 123 456", "+44 20 7946 0000", "+1 202-555-0143",
                           "+91 90909 09090", "0091 9090909090", "+49 30 123456"])
    if r < 0.85:
        return rng.choice(["0", "123", "+999 1", "abc", "90909090901234", "+420"])
    return odd_value(rng)


def email_value(rng):
    r = rng.random()
    if r < 0.6:
        return rng.choice(["mark@bik.ai", "Jan.Novak@Example.COM", "a@b.cz", "jan@bücher.de",
                           "user+tag@gmail.com", " spaced@x.org "])
    if r < 0.85:
        return rng.choice(["x@@y", "no-at", "a@b", "a@localhost", "@x.com", "a b@c.com"])
    return odd_value(rng)


def date_value(rng):
    r = rng.random()
    if r < 0.5:
        return rng.choice(["2024-06-01T00:00:00.000Z", "2023-12-31T23:59:59.999Z",
                           "2024-06-01T00:00:00.000+00:00", "2024-02-29", "1700000000000",
                           "1e3", "2024-06-01T10:00:00+05:30"])
    if r < 0.7:
        return rng.choice([1700000000000, 0, -1, 8.64e15, 8.64e15 + 1, 1.5])
    if r < 0.85:
        return rng.choice(["not a date", "2024-13-01", "", "  "])
    return odd_value(rng)


def bool_value(rng):
    return rng.choice([True, False, "true", "false", "TRUE", "False", "yes", 1, 0, "",
                       " true", None, odd_value(rng)])


def tags_value(rng):
    r = rng.random()
    if r < 0.6:
        return [text_value(rng) if rng.random() < 0.3 else rng.choice(["vip", "new", "b2b"])
                for _ in range(rng.randint(0, 4))]
    if r < 0.8:
        return rng.choice(["vip", 1, None, {}, [1, "a"], [[]], ["a", None]])
    return odd_value(rng)


def value_for(key, rng):
    if key in TEXT:
        return text_value(rng)
    if key in PHONES:
        return phone_value(rng)
    if key == "email":
        return email_value(rng)
    if key in DATES:
        return date_value(rng)
    if key in BOOLS:
        return bool_value(rng)
    if key == "tags":
        return tags_value(rng)
    return odd_value(rng) if rng.random() < 0.5 else rng.choice(NAMES)


def entry(rng):
    r = rng.random()
    if r < 0.02:
        return raw(odd_value(rng))
    members = []
    for key in FIELDS:
        required = key in ("firstName", "lastName")
        present = rng.random() < (0.93 if required else 0.35)
        if present:
            members.append((key, value_for(key, rng)))
    if rng.random() < 0.3:
        rng.shuffle(members)
    for _ in range(rng.choice([0, 0, 0, 1, 2])):
        members.insert(rng.randint(0, len(members)), (rng.choice(UNKNOWN), value_for("?", rng)))
    if rng.random() < 0.15:
        proto = {k: value_for(k, rng) for k in rng.sample(FIELDS, rng.randint(0, 3))}
        value = rng.choice([proto, proto, None, 1, [], Raw('{"__proto__":{"firstName":"P"}}')])
        members.insert(rng.randint(0, len(members)), ("__proto__", value))
    if members and rng.random() < 0.1:
        key, _ = rng.choice(members)
        members.insert(rng.randint(0, len(members)), (key, value_for(key, rng)))
    return "{" + ",".join(json.dumps(k) + ":" + raw(v) for k, v in members) + "}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=30000)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    ASCII_RNG.seed(args.seed)
    for _ in range(args.count):
        print(entry(rng))


if __name__ == "__main__":
    main()
