"""contactkit: validated, canonical customer-contact input.

The Python face of the `contactkit` Rust library: the same rules, messages and speed.

* Scalars: :func:`canonical_email`, :func:`intl_phone`, :func:`normalized_ip`,
  :func:`api_key`, :func:`referral_id`, :func:`vat_id`, :func:`country`,
  :func:`locale` return small immutable objects whose ``str()`` is the canonical text.
* Models: :func:`validate_user_property`, :func:`validate_request` (BIK's bulk upsert)
  and :class:`UpdateProfile` (BizKitHub's update-profile body), with Joi 17's messages.
* Columns: :func:`emails`, :func:`phones`, ..., :func:`user_properties` and
  :func:`update_profiles` take a pyarrow ``Array``/``ChunkedArray``, a pandas or Polars
  Series or a list and return a struct array of ``(value, error)``; see
  :mod:`contactkit.spark` for Spark.

Every rejection raises :class:`ValidationError` (a ``ValueError``) whose ``str()`` is
exactly the Rust error's text.
"""

from ._native import (
    ApiKey,
    BulkResult,
    CanonicalEmail,
    Country,
    IntlPhone,
    Locale,
    NormalizedIp,
    ReferralId,
    UpdateProfile,
    ValidationError,
    VatId,
    __version__,
    api_key,
    canonical_email,
    country,
    intl_phone,
    locale,
    normalized_ip,
    referral_id,
    split_request,
    validate_request,
    validate_user_property,
    vat_id,
)
from ._columns import (
    countries,
    emails,
    ips,
    locales,
    phones,
    referral_ids,
    update_profiles,
    user_properties,
    vat_ids,
)

__all__ = [
    "ApiKey",
    "BulkResult",
    "CanonicalEmail",
    "Country",
    "IntlPhone",
    "Locale",
    "NormalizedIp",
    "ReferralId",
    "UpdateProfile",
    "ValidationError",
    "VatId",
    "__version__",
    "api_key",
    "canonical_email",
    "countries",
    "country",
    "emails",
    "intl_phone",
    "ips",
    "locale",
    "locales",
    "normalized_ip",
    "phones",
    "referral_id",
    "referral_ids",
    "split_request",
    "update_profiles",
    "user_properties",
    "validate_request",
    "validate_user_property",
    "vat_id",
    "vat_ids",
]
