#!/usr/bin/env python3
"""Writes the CLI's bundled sample contact files (deterministic; standard library only).

Default (the committed files, next to this script):
  contacts.csv     2,000 rows, spreadsheet-style header names, CRLF-free
  contacts.jsonl   1,000 BIK user-property entries, one per line
  bik-body.json      500 entries as a BIK request body {"userProperties": [...]}

With --n N --out DIR: the same three files with N records each in DIR, for throughput
runs (not committed):
  python3 cli/data/gen_sample.py --n 100000 --out target/sample-100k

Contacts are Indian (40%), Czech, US, UK and German (15% each): names with their
diacritics, emails at the providers people use there, phone numbers in the forms people
type (Indian numbers often without +91: the CLI reads them with --region IN). About 10%
of the records carry one fault each, the kinds real contact exports have:
  bad email (no @, double dot, space, no TLD), bad phone (too short, letters, wrong
  length), a control character in a name, an empty required name, an impossible date,
  a yes/no word where BIK wants a boolean; JSON only: a misspelt key ("emial"), a number
  for a name, tags that are not a list; CSV only: a row with a cell too many or too few
  (an unquoted comma in an address, a missing cell).
About 3% are repeats of an earlier contact (same person, the email in other letter case
or with Gmail dots and a +tag): valid records that the summary counts as duplicates.
"""
import argparse
import csv
import io
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261123

IN_FIRST = ["Aarav", "Vivaan", "Aditya", "Arjun", "Sai", "Reyansh", "Krishna", "Ishaan",
            "Rohan", "Rahul", "Ananya", "Diya", "Saanvi", "Aadhya", "Priya", "Kavya",
            "Meera", "Lakshmi", "Pooja", "Sneha", "Venkatesh", "Suresh", "Deepika", "Nikhil"]
IN_LAST = ["Sharma", "Verma", "Patel", "Reddy", "Nair", "Iyer", "Gupta", "Singh", "Kumar",
           "Mehta", "Joshi", "Rao", "Banerjee", "Chatterjee", "Menon", "Pillai", "Desai",
           "Kulkarni", "Agarwal", "Bhat"]
IN_CITIES = [("Mumbai", "Maharashtra"), ("Pune", "Maharashtra"), ("Bengaluru", "Karnataka"),
             ("Chennai", "Tamil Nadu"), ("Hyderabad", "Telangana"), ("Kolkata", "West Bengal"),
             ("New Delhi", "Delhi"), ("Ahmedabad", "Gujarat"), ("Jaipur", "Rajasthan"),
             ("Kochi", "Kerala")]
CZ_FIRST = ["Jiří", "Jan", "Petr", "Tomáš", "Lukáš", "Ondřej", "Vojtěch", "Kateřina",
            "Šárka", "Lucie", "Tereza", "Markéta", "Zuzana", "Eliška", "Žofie", "Štěpán"]
CZ_LAST = ["Novák", "Svoboda", "Dvořák", "Černý", "Procházka", "Kučera", "Veselý",
           "Horáková", "Němcová", "Pokorná", "Růžička", "Králová", "Jelínek", "Šťastná"]
CZ_CITIES = [("Praha", "Hlavní město Praha"), ("Brno", "Jihomoravský kraj"),
             ("Ostrava", "Moravskoslezský kraj"), ("Plzeň", "Plzeňský kraj"),
             ("Kolín", "Středočeský kraj"), ("Olomouc", "Olomoucký kraj")]
US_FIRST = ["James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda",
            "David", "Elizabeth", "Emily", "Daniel", "Olivia", "Ethan", "Madison", "Tyler"]
US_LAST = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis",
           "Rodriguez", "Martinez", "Wilson", "Anderson", "O'Connor", "Nguyen", "Kim"]
US_CITIES = [("New York", "NY", "212"), ("Chicago", "IL", "312"), ("San Francisco", "CA", "415"),
             ("Boston", "MA", "617"), ("Brooklyn", "NY", "718"), ("Seattle", "WA", "206"),
             ("Austin", "TX", "512")]
UK_FIRST = ["Oliver", "George", "Harry", "Jack", "Amelia", "Isla", "Ava", "Emily", "Sophie",
            "Charlotte", "Thomas", "William", "Freya", "Alfie"]
UK_LAST = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans", "Thomas",
           "Roberts", "Walker", "Wright", "Hughes", "Edwards", "Green"]
UK_CITIES = [("London", "England", "20"), ("Manchester", "England", "161"),
             ("Birmingham", "England", "121"), ("Leeds", "England", "113"),
             ("Glasgow", "Scotland", "141"), ("Cardiff", "Wales", "29")]
DE_FIRST = ["Jürgen", "Günther", "Jörg", "Björn", "Uwe", "Klaus", "Stefan", "Lukas",
            "Anna", "Käthe", "Bärbel", "Lea", "Zoë", "Mareike", "Sören", "Ömer"]
DE_LAST = ["Müller", "Schröder", "Weiß", "Groß", "Strauß", "Köhler", "Schäfer", "Fuchs",
           "Wagner", "Hoffmann", "Jäger", "Krüger", "Böhm", "von Bülow"]
DE_CITIES = [("Berlin", "Berlin", "30"), ("München", "Bayern", "89"), ("Hamburg", "Hamburg", "40"),
             ("Köln", "Nordrhein-Westfalen", "221"), ("Frankfurt am Main", "Hessen", "69")]

PROVIDERS = {
    "IN": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com", "hotmail.com"],
    "CZ": ["seznam.cz", "email.cz", "centrum.cz", "gmail.com", "post.cz"],
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com"],
    "UK": ["gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com", "sky.com"],
    "DE": ["web.de", "gmx.de", "t-online.de", "gmail.com", "bücher.de"],
}
SOURCES = ["shopify", "website", "whatsapp", "instagram", "store-pos", "referral"]
TAGS = ["vip", "newsletter", "repeat buyer", "wholesale", "diwali-2025", "cart abandoned",
        "b2b", "loyalty gold"]

ASCII = str.maketrans("áčďéěíňóřšťúůýžäöüßÁČĎÉĚÍŇÓŘŠŤÚŮÝŽÄÖÜë'",
                      "acdeeinorstuuyzaousACDEEINORSTUUYZAOUe-")


def ascii_name(name):
    return name.translate(ASCII).replace(" ", "").replace("ß", "ss").lower()


def digits(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def phone(rng, country):
    """A valid number in a form people type it."""
    if country == "IN":
        number = rng.choice("9876") + digits(rng, 9)
        form = rng.randrange(4)
        if form == 0:
            return number
        if form == 1:
            return f"+91 {number[:5]} {number[5:]}"
        if form == 2:
            return f"+91-{number}"
        return f"0{number[:5]} {number[5:]}"
    if country == "CZ":
        prefix = rng.choice(["602", "603", "604", "605", "606", "608", "720", "731", "737",
                             "739", "775", "777", "792", "799"])
        return f"+420 {prefix} {digits(rng, 3)} {digits(rng, 3)}"
    if country == "US":
        area = rng.choice(US_CITIES)[2]
        exchange = str(rng.randrange(2, 10)) + digits(rng, 2)
        form = rng.randrange(3)
        line = digits(rng, 4)
        if form == 0:
            return f"+1 ({area}) {exchange}-{line}"
        if form == 1:
            return f"+1 {area} {exchange} {line}"
        return f"+1{area}{exchange}{line}"
    if country == "UK":
        if rng.random() < 0.7:
            return f"+44 7{rng.choice('4589')}{digits(rng, 2)} {digits(rng, 6)}"
        return f"+44 20 7946 0{digits(rng, 3)}"
    # DE
    if rng.random() < 0.7:
        return f"+49 15{rng.choice('12')}{rng.choice('2345')} {digits(rng, 7)}"
    area = rng.choice(DE_CITIES)[2]
    return f"+49 {area} {rng.choice('2345678')}{digits(rng, 6)}"


def person(rng, index):
    roll = rng.random()
    country = ("IN" if roll < 0.40 else "CZ" if roll < 0.55 else "US" if roll < 0.70
               else "UK" if roll < 0.85 else "DE")
    first, last, cities = {
        "IN": (IN_FIRST, IN_LAST, IN_CITIES),
        "CZ": (CZ_FIRST, CZ_LAST, CZ_CITIES),
        "US": (US_FIRST, US_LAST, US_CITIES),
        "UK": (UK_FIRST, UK_LAST, UK_CITIES),
        "DE": (DE_FIRST, DE_LAST, DE_CITIES),
    }[country]
    first, last = rng.choice(first), rng.choice(last)
    city = rng.choice(cities)
    local = rng.choice([
        f"{ascii_name(first)}.{ascii_name(last)}",
        f"{ascii_name(first)}{ascii_name(last)[:1]}{rng.randrange(100)}",
        f"{ascii_name(first)[:1]}{ascii_name(last)}",
        f"{ascii_name(last)}.{ascii_name(first)}{index % 97}",
    ])
    email = f"{local}{index}@{rng.choice(PROVIDERS[country])}"
    if rng.random() < 0.2:
        email = email.capitalize()  # people type Capitals; the CLI lowercases
    if rng.random() < 0.05:
        email = f" {email} "
    entry = {
        "firstName": first,
        "lastName": last,
        "email": email,
        "phoneNumber": phone(rng, country),
        "city": city[0],
        "state": city[1],
        "country": {"IN": "India", "CZ": "Czechia", "US": "United States",
                    "UK": "United Kingdom", "DE": "Germany"}[country],
        "source": rng.choice(SOURCES),
    }
    if rng.random() < 0.5:
        entry["tags"] = rng.sample(TAGS, rng.randrange(1, 3))
    if rng.random() < 0.6:
        day = 1 + rng.randrange(28)
        entry["createdAt"] = f"2025-{1 + rng.randrange(12):02d}-{day:02d}T{rng.randrange(24):02d}:{rng.randrange(60):02d}:00Z"
    if rng.random() < 0.5:
        entry["smsMarketingConsent"] = rng.choice([True, False])
    if rng.random() < 0.3:
        entry["emailMarketingConsent"] = rng.choice([True, False])
    return entry


FAULTS = ["email", "phone", "control", "empty_name", "date", "boolean"]
JSON_FAULTS = ["unknown_key", "number_name", "tags_type"]


def fault(rng, entry, kinds):
    kind = rng.choice(kinds)
    if kind == "email":
        local, _, domain = entry["email"].strip().partition("@")
        entry["email"] = rng.choice([
            f"{local}.{domain}", f"{local}@@{domain}", f"{local}..x@{domain}",
            f"{local} x@{domain}", f"{local}@{domain.split('.')[0]}", f"{local}@",
        ])
    elif kind == "phone":
        entry["phoneNumber"] = rng.choice(["12345", "+91 12345", "call me", "+420 123",
                                           "98765-4321-0", "+1 (555) 010"])
    elif kind == "control":
        entry["firstName"] = entry["firstName"] + "\u0007"
    elif kind == "empty_name":
        entry[rng.choice(["firstName", "lastName"])] = rng.choice(["", "   "])
    elif kind == "date":
        entry["createdAt"] = rng.choice(["2025-02-30", "31/12/2025", "yesterday"])
    elif kind == "boolean":
        entry["smsMarketingConsent"] = rng.choice(["yes", "Y", "1"])
    elif kind == "unknown_key":
        entry["emial"] = entry.pop("email")
    elif kind == "number_name":
        entry["lastName"] = 42
    elif kind == "tags_type":
        entry["tags"] = "vip"
    return entry


def repeat_of(rng, entry):
    """The same contact typed again: other letter case, or Gmail's dots and +tag."""
    again = dict(entry)
    if not isinstance(entry.get("email"), str):
        return again  # a faulty record typed again is just as faulty
    email = entry["email"].strip()
    local, _, domain = email.partition("@")
    if domain == "gmail.com" and "." in local:
        again["email"] = f"{local.replace('.', '')}+shop@gmail.com"
    else:
        again["email"] = email.upper()
    return again


def entries(n, rng, kinds):
    made = []
    for i in range(n):
        if made and rng.random() < 0.03:
            made.append(repeat_of(rng, rng.choice(made)))
            continue
        entry = person(rng, i)
        if rng.random() < 0.10:
            entry = fault(rng, entry, kinds)
        made.append(entry)
    return made


CSV_HEADER = ["First Name", "last_name", "E-mail", "Phone Number", "city", "State",
              "Country", "Tags", "created_at", "smsMarketingConsent", "Source"]
CSV_KEYS = ["firstName", "lastName", "email", "phoneNumber", "city", "state", "country",
            "tags", "createdAt", "smsMarketingConsent", "source"]


def csv_cell(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "; ".join(value)
    return str(value)


def write_csv(path, n, rng):
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    for entry in entries(n, rng, FAULTS):
        row = [csv_cell(entry.get(key)) for key in CSV_KEYS]
        if rng.random() < 0.006:
            # An unquoted comma in a city ("Mumbai, Maharashtra") or a lost cell.
            if rng.random() < 0.5:
                row = row[:4] + [row[4], " " + row[5]] + row[5:]  # "Pune, Maharashtra"
            else:
                row = row[:-1]
        writer.writerow(row)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(out.getvalue())


def write_jsonl(path, n, rng):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for entry in entries(n, rng, FAULTS + JSON_FAULTS):
            f.write(json.dumps(entry, ensure_ascii=False) + "\n")


def write_body(path, n, rng):
    lines = [json.dumps(e, ensure_ascii=False) for e in entries(n, rng, FAULTS + JSON_FAULTS)]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write('{"userProperties": [\n' + ",\n".join(lines) + "\n]}\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, help="records per file (default 2000/1000/500)")
    parser.add_argument("--out", default=HERE, help="folder to write to")
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    sizes = (args.n, args.n, args.n) if args.n else (2000, 1000, 500)
    for (name, write), n, offset in zip(
        [("contacts.csv", write_csv), ("contacts.jsonl", write_jsonl), ("bik-body.json", write_body)],
        sizes, range(3),
    ):
        path = os.path.join(args.out, name)
        write(path, n, random.Random(args.seed + offset))
        print(f"wrote {path}: {n} records, {os.path.getsize(path)} bytes")


if __name__ == "__main__":
    main()
