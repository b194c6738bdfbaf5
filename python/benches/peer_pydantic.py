"""The Python peer: BIK's user-property schema as a pydantic v2 model, with
email-validator for emails and phonenumbers (libphonenumber's metadata) for phones.

Written to the same schema as contactkit's model (``src/user_properties/schema.rs``):
17 keys, unknown keys rejected, ``firstName``/``lastName`` required; every string
trimmed and non-empty, free text without control characters (tab, CR, LF allowed), its
white space runs collapsed, in NFC and at most 10,000 UTF-16 code units; strings only
(Joi does not turn numbers into strings); phones international or national in the
default region (IN), valid per the metadata, normalized to ``+<cc> <national number>``;
emails validated and normalized by email-validator (no DNS) and lower-cased; dates as
Joi's: milliseconds (number or digit string) or ISO 8601; booleans ``true``/``false`` or
those strings in any case; ``tags`` a list of at most 1,000 free-text strings. The first
error of an invalid entry is reported in Joi's words, like the other implementations.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Any, List, Optional, Union

import phonenumbers
from email_validator import EmailNotValidError, validate_email
from pydantic import BaseModel, ConfigDict, StrictBool, StrictFloat, StrictInt, StrictStr, ValidationError, field_validator

MAX_TEXT = 10_000
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_INVISIBLE = re.compile("[\u200b\u2060\ufeff\u202a-\u202e\u2066-\u2069]")
_SPACES = re.compile(r"\s+")
_ISO = re.compile(r"^[+-]?\d{4,6}-\d{2}-\d{2}([Tt ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?([Zz]|[+-]\d{2}:?\d{2})?)?$")


def _text(value: str) -> str:
    value = value.strip()
    if not value:
        raise ValueError("is not allowed to be empty")
    if _CONTROL.search(value):
        raise ValueError("must not contain control characters")
    value = _SPACES.sub(" ", _INVISIBLE.sub("", value)).strip()
    if not value:
        raise ValueError("is not allowed to be empty")
    value = unicodedata.normalize("NFC", value)
    if len(value.encode("utf-16-le")) // 2 > MAX_TEXT:
        raise ValueError(f"length must be less than or equal to {MAX_TEXT} characters long")
    return value


def _phone(value: str) -> str:
    value = value.strip()
    if not value:
        raise ValueError("is not allowed to be empty")
    try:
        number = phonenumbers.parse(value, "IN")
    except phonenumbers.NumberParseException:
        raise ValueError("must be a valid phone number") from None
    if not phonenumbers.is_valid_number(number):
        raise ValueError("must be a valid phone number")
    return f"+{number.country_code} {phonenumbers.national_significant_number(number)}"


def _date(value: Union[str, int, float]) -> dt.datetime:
    if isinstance(value, (int, float)):
        return dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc) + dt.timedelta(milliseconds=value)
    text = value.strip()
    if text.lstrip("-").isdigit():
        return dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc) + dt.timedelta(milliseconds=int(text))
    if not _ISO.match(text):
        raise ValueError("must be a valid date")
    try:
        parsed = dt.datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        raise ValueError("must be a valid date") from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.timezone.utc)


def _bool(value: Union[bool, str]) -> bool:
    if isinstance(value, bool):
        return value
    lowered = value.lower()
    if lowered in ("true", "false"):
        return lowered == "true"
    raise ValueError("must be a boolean")


class UserProperty(BaseModel):
    # `X = None` rather than `Optional[X]`: an absent key takes the default, while an
    # explicit JSON null is validated as X and fails, as Joi rejects null for a string.
    model_config = ConfigDict(extra="forbid", frozen=True)

    firstName: StrictStr
    lastName: StrictStr
    source: StrictStr = None  # type: ignore[assignment]
    phoneNumber: StrictStr = None  # type: ignore[assignment]
    alternatePhoneNumber: StrictStr = None  # type: ignore[assignment]
    email: StrictStr = None  # type: ignore[assignment]
    address1: StrictStr = None  # type: ignore[assignment]
    address2: StrictStr = None  # type: ignore[assignment]
    city: StrictStr = None  # type: ignore[assignment]
    state: StrictStr = None  # type: ignore[assignment]
    country: StrictStr = None  # type: ignore[assignment]
    createdAt: Union[StrictInt, StrictFloat, StrictStr] = None  # type: ignore[assignment]
    updatedAt: Union[StrictInt, StrictFloat, StrictStr] = None  # type: ignore[assignment]
    emailMarketingConsent: Union[StrictBool, StrictStr] = None  # type: ignore[assignment]
    smsMarketingConsent: Union[StrictBool, StrictStr] = None  # type: ignore[assignment]
    tags: List[StrictStr] = None  # type: ignore[assignment]
    partnerCustomerId: StrictStr = None  # type: ignore[assignment]

    @field_validator("firstName", "lastName", "source", "address1", "address2", "city", "state", "country", "partnerCustomerId")
    @classmethod
    def _free_text(cls, v: Optional[str]) -> Optional[str]:
        return None if v is None else _text(v)

    @field_validator("phoneNumber", "alternatePhoneNumber")
    @classmethod
    def _phones(cls, v: Optional[str]) -> Optional[str]:
        return None if v is None else _phone(v)

    @field_validator("email")
    @classmethod
    def _email(cls, v: Optional[str]) -> Optional[str]:
        if v is None:
            return None
        try:
            return validate_email(v.strip(), check_deliverability=False).normalized.lower()
        except EmailNotValidError:
            raise ValueError("must be a valid email") from None

    @field_validator("createdAt", "updatedAt")
    @classmethod
    def _dates(cls, v: Any) -> Any:
        return None if v is None else _date(v)

    @field_validator("emailMarketingConsent", "smsMarketingConsent")
    @classmethod
    def _bools(cls, v: Any) -> Any:
        return None if v is None else _bool(v)

    @field_validator("tags")
    @classmethod
    def _tags(cls, v: Optional[List[str]]) -> Optional[List[str]]:
        if v is None:
            return None
        if len(v) > 1000:
            raise ValueError("must contain less than or equal to 1000 items")
        return [_text(t) for t in v]


_TYPE_WORDS = {"string_type": "must be a string", "bool_type": "must be a boolean", "list_type": "must be an array", "missing": "is required", "extra_forbidden": "is not allowed", "model_type": "must be of type object"}


def joi_message(err: ValidationError) -> str:
    """Joi's first error for a pydantic error: `ValidationError: "email" must be a valid email`."""
    first = err.errors()[0]
    label = ".".join(str(p) for p in first["loc"] if not isinstance(p, str) or p not in ("str", "int", "float", "bool")) or "value"
    words = _TYPE_WORDS.get(first["type"]) or str(first.get("msg", "")).removeprefix("Value error, ")
    return f'ValidationError: "{label}" {words}'


def validate_request(entries: List[Any]):
    """Every entry validated on its own: (valid models, [(index, first error)])."""
    valid, invalid = [], []
    for i, entry in enumerate(entries):
        try:
            valid.append(UserProperty.model_validate(entry))
        except ValidationError as err:
            invalid.append((i, joi_message(err)))
    return valid, invalid
