//! A public, static description of a request model: its fields in error order, each
//! with its kind, whether it is required, its limits and a sentence for people.
//!
//! [`user_properties::schema`](crate::user_properties::schema) and
//! [`update_profile::schema`](crate::update_profile::schema) return one for the default
//! options. Tools read it instead of keeping their own table of the APIs' fields: the
//! JSON Schemas ([`user_properties::json_schema`](crate::user_properties::json_schema),
//! [`update_profile::json_schema`](crate::update_profile::json_schema)) are built from
//! it, and so is the CLI's reading of CSV cells. Validation itself does not consult it
//! (its keys are a `match`), but each model's `FIELDS` constant is derived from it, so
//! the two cannot disagree.

/// A request model's description: its name and its fields in declared order, which is
/// the order errors are reported in.
///
/// # Examples
///
/// ```
/// use contactkit::models::FieldKind;
///
/// let schema = contactkit::update_profile::schema();
/// assert_eq!(schema.name(), "UpdateProfile");
/// assert_eq!(schema.fields()[0].name(), "email");
/// assert_eq!(schema.field("groups").map(|f| f.kind()), Some(FieldKind::TextList));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct ModelSchema {
    name: &'static str,
    description: &'static str,
    fields: &'static [Field],
}

impl ModelSchema {
    /// A model named `name` with `fields` in error order.
    pub(crate) const fn new(
        name: &'static str,
        description: &'static str,
        fields: &'static [Field],
    ) -> ModelSchema {
        ModelSchema {
            name,
            description,
            fields,
        }
    }

    /// The model's name, as the API documents call the type (`UserProperty`,
    /// `UpdateProfile`); it is also the JSON Schema's `title`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(contactkit::user_properties::schema().name(), "UserProperty");
    /// ```
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// One paragraph on what the model is.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(contactkit::user_properties::schema().description().contains("BIK"));
    /// ```
    pub const fn description(&self) -> &'static str {
        self.description
    }

    /// The fields in declared order (the error order): the only keys an object may have.
    ///
    /// # Examples
    ///
    /// ```
    /// let names: Vec<&str> = contactkit::user_properties::schema()
    ///     .fields()
    ///     .iter()
    ///     .map(|f| f.name())
    ///     .collect();
    /// assert_eq!(names, contactkit::user_properties::FIELDS);
    /// ```
    pub const fn fields(&self) -> &'static [Field] {
        self.fields
    }

    /// The field named exactly `name` (case-sensitive), if the model has one.
    ///
    /// # Examples
    ///
    /// ```
    /// let schema = contactkit::user_properties::schema();
    /// assert!(schema.field("tags").is_some());
    /// assert!(schema.field("Tags").is_none());
    /// ```
    pub fn field(&self, name: &str) -> Option<&'static Field> {
        self.fields.iter().find(|f| f.name == name)
    }

    /// The members a new record gets for the fields it was not sent, as a JSON object:
    /// each field's [`default_json`](Field::default_json). An update applies none of
    /// them (a field not sent keeps what is stored).
    ///
    /// # Examples
    ///
    /// ```
    /// let defaults = contactkit::update_profile::schema().new_record_defaults();
    /// assert_eq!(defaults, serde_json::json!({"newsletter": false}));
    /// assert_eq!(contactkit::user_properties::schema().new_record_defaults(), serde_json::json!({}));
    /// ```
    pub fn new_record_defaults(&self) -> serde_json::Value {
        let members = self.fields.iter().filter_map(|f| {
            let value = serde_json::from_str(f.default_json?).ok()?;
            Some((f.name.to_owned(), value))
        });
        serde_json::Value::Object(members.collect())
    }
}

/// One field of a [`ModelSchema`].
///
/// # Examples
///
/// ```
/// use contactkit::models::FieldKind;
///
/// let schema = contactkit::update_profile::schema();
/// let city = schema.field("city").ok_or("no city")?;
/// assert_eq!(city.kind(), FieldKind::Text);
/// assert!(!city.is_required());
/// assert_eq!(city.max_length(), Some(256));
/// assert_eq!(city.max_items(), None);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Field {
    name: &'static str,
    kind: FieldKind,
    required: bool,
    max_length: Option<usize>,
    max_items: Option<usize>,
    default_json: Option<&'static str>,
    description: &'static str,
}

impl Field {
    /// An optional field without limits.
    pub(crate) const fn new(
        name: &'static str,
        kind: FieldKind,
        description: &'static str,
    ) -> Field {
        Field {
            name,
            kind,
            required: false,
            max_length: None,
            max_items: None,
            default_json: None,
            description,
        }
    }

    /// The same field, required.
    pub(crate) const fn required(mut self) -> Field {
        self.required = true;
        self
    }

    /// The same field with a length limit (of the text, or of each list item).
    pub(crate) const fn with_max_length(mut self, limit: usize) -> Field {
        self.max_length = Some(limit);
        self
    }

    /// The same field with a limit on the number of list items.
    pub(crate) const fn with_max_items(mut self, limit: usize) -> Field {
        self.max_items = Some(limit);
        self
    }

    /// The same field with the value a new record gets when it is not sent (JSON text).
    pub(crate) const fn with_default(mut self, json: &'static str) -> Field {
        self.default_json = Some(json);
        self
    }

    /// The JSON key, exactly as sent (`firstName`).
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(contactkit::update_profile::schema().fields()[1].name(), "name");
    /// ```
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// What the value is and which rule reads it.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::models::FieldKind;
    ///
    /// let schema = contactkit::user_properties::schema();
    /// assert_eq!(schema.field("createdAt").map(|f| f.kind()), Some(FieldKind::Date));
    /// ```
    pub const fn kind(&self) -> FieldKind {
        self.kind
    }

    /// Whether an object without this key is rejected (`"email" is required`).
    ///
    /// # Examples
    ///
    /// ```
    /// let schema = contactkit::update_profile::schema();
    /// assert!(schema.fields()[0].is_required()); // email
    /// assert!(!schema.fields()[1].is_required()); // name
    /// ```
    pub const fn is_required(&self) -> bool {
        self.required
    }

    /// The longest text accepted, in UTF-16 code units (JavaScript's `length`) after the
    /// free-text rule has normalized it; for a list, the limit of each item. `None` when
    /// the kind's own rule bounds the value (an email, a phone number).
    ///
    /// The count is taken after normalization, so a longer raw string can be accepted
    /// (its white space runs collapse): this is why the JSON Schemas carry it as
    /// `x-contactkit-maxLength` and not as `maxLength`.
    ///
    /// # Examples
    ///
    /// ```
    /// let schema = contactkit::user_properties::schema();
    /// assert_eq!(schema.field("firstName").and_then(|f| f.max_length()), Some(10_000));
    /// assert_eq!(schema.field("email").and_then(|f| f.max_length()), None);
    /// ```
    pub const fn max_length(&self) -> Option<usize> {
        self.max_length
    }

    /// The most items a list field may have (`None` for other fields).
    ///
    /// # Examples
    ///
    /// ```
    /// let schema = contactkit::user_properties::schema();
    /// assert_eq!(schema.field("tags").and_then(|f| f.max_items()), Some(1_000));
    /// ```
    pub const fn max_items(&self) -> Option<usize> {
        self.max_items
    }

    /// The value, as JSON text, that a new record gets when the field is not sent (the
    /// document's "Default: false" for `newsletter`); `None` for most fields. The model
    /// itself reports "not sent" as `None`: applying the default is the store's job, on
    /// create only.
    ///
    /// # Examples
    ///
    /// ```
    /// let schema = contactkit::update_profile::schema();
    /// assert_eq!(schema.field("newsletter").and_then(|f| f.default_json()), Some("false"));
    /// assert_eq!(schema.field("email").and_then(|f| f.default_json()), None);
    /// ```
    pub const fn default_json(&self) -> Option<&'static str> {
        self.default_json
    }

    /// One or two sentences for people: the rule and its rejection message.
    ///
    /// # Examples
    ///
    /// ```
    /// let schema = contactkit::update_profile::schema();
    /// let text = schema.field("referralId").map(|f| f.description()).unwrap_or_default();
    /// assert!(text.contains("16"));
    /// ```
    pub const fn description(&self) -> &'static str {
        self.description
    }
}

/// What a field holds, and so which rule reads it. Every string kind is trimmed
/// (`str::trim`) first, and empty after trimming is `"x" is not allowed to be empty`
/// (except [`FieldKind::Ip`]); no kind converts a number to a string.
///
/// # Examples
///
/// ```
/// use contactkit::models::FieldKind;
///
/// assert_eq!(FieldKind::TextList.json_types(), &["array"]);
/// assert_eq!(FieldKind::Date.json_types(), &["number", "string"]);
/// assert!(FieldKind::Text.is_free_text());
/// assert!(!FieldKind::Email.is_free_text());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FieldKind {
    /// Free text: the [free-text rule](crate::models#the-free-text-rule) (control
    /// characters rejected, invisible disguises dropped, white space collapsed, NFC) and a
    /// length limit.
    Text,
    /// An array of free-text strings (`tags`, `groups`).
    TextList,
    /// A [`CanonicalEmail`](crate::CanonicalEmail): internationalized addresses (Unicode
    /// local parts and domains) are accepted.
    Email,
    /// An [`IntlPhone`](crate::IntlPhone) in the international form: a leading `+` is
    /// required (update-profile's `phone`).
    Phone,
    /// An [`IntlPhone`](crate::IntlPhone); a number without `+` is read in the options'
    /// default region (BIK's phone fields, region `IN` by default).
    PhoneWithRegion,
    /// Joi's `date()` with conversion, as a [`Timestamp`](crate::Timestamp): a number of
    /// milliseconds (|n| ≤ 8.64e15) or a string, decimal milliseconds or ISO 8601.
    Date,
    /// JSON `true` or `false` only.
    Boolean,
    /// Joi's `boolean()` with conversion: JSON `true`/`false`, or the strings
    /// `"true"`/`"false"` in any letter case.
    JoiBoolean,
    /// A [`Country`](crate::Country): an ISO 3166-1 alpha-2 or alpha-3 code in any case,
    /// or an English name.
    Country,
    /// A [`Locale`](crate::Locale): a BCP 47 language tag of registered subtags.
    Locale,
    /// A [`VatId`](crate::VatId): an EU VAT identification number.
    VatId,
    /// A company registration number: an [`Ico`](crate::Ico) when the body's country is CZ
    /// or SK, free text otherwise.
    RegistrationNumber,
    /// A [`PostalCode`](crate::PostalCode) in the body's country's format, free text when
    /// there is no known country.
    PostalCode,
    /// A [`NormalizedIp`](crate::NormalizedIp): IPv4 or IPv6; `localhost`, `::1`,
    /// `0.0.0.0` and the empty string read as `127.0.0.1`.
    Ip,
    /// A [`ReferralId`](crate::ReferralId): 16 ASCII letters and digits.
    ReferralId,
}

impl FieldKind {
    /// The JSON types a value of this kind may have (JSON Schema's `type` names).
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::models::FieldKind;
    ///
    /// assert_eq!(FieldKind::JoiBoolean.json_types(), &["boolean", "string"]);
    /// assert_eq!(FieldKind::Email.json_types(), &["string"]);
    /// ```
    pub const fn json_types(self) -> &'static [&'static str] {
        match self {
            FieldKind::TextList => &["array"],
            FieldKind::Date => &["number", "string"],
            FieldKind::Boolean => &["boolean"],
            FieldKind::JoiBoolean => &["boolean", "string"],
            _ => &["string"],
        }
    }

    /// Whether the value (or each item) goes through the free-text rule alone:
    /// [`Text`](FieldKind::Text) and [`TextList`](FieldKind::TextList).
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::models::FieldKind;
    ///
    /// assert!(FieldKind::TextList.is_free_text());
    /// assert!(!FieldKind::PostalCode.is_free_text());
    /// ```
    pub const fn is_free_text(self) -> bool {
        matches!(self, FieldKind::Text | FieldKind::TextList)
    }

    /// Whether the value is an array (of strings).
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::models::FieldKind;
    ///
    /// assert!(FieldKind::TextList.is_list());
    /// assert!(!FieldKind::Text.is_list());
    /// ```
    pub const fn is_list(self) -> bool {
        matches!(self, FieldKind::TextList)
    }

    /// The name of the kind's rule, as the JSON Schemas' `x-contactkit-rule` keyword
    /// gives it (`free-text`, `email`, `joi-date` ...).
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::models::FieldKind;
    ///
    /// assert_eq!(FieldKind::Text.rule(), "free-text");
    /// assert_eq!(FieldKind::PhoneWithRegion.rule(), "phone-with-default-region");
    /// ```
    pub const fn rule(self) -> &'static str {
        match self {
            FieldKind::Text | FieldKind::TextList => "free-text",
            FieldKind::Email => "email",
            FieldKind::Phone => "phone-international",
            FieldKind::PhoneWithRegion => "phone-with-default-region",
            FieldKind::Date => "joi-date",
            FieldKind::Boolean => "boolean",
            FieldKind::JoiBoolean => "joi-boolean",
            FieldKind::Country => "country",
            FieldKind::Locale => "bcp47-locale",
            FieldKind::VatId => "eu-vat-id",
            FieldKind::RegistrationNumber => "registration-number",
            FieldKind::PostalCode => "postal-code",
            FieldKind::Ip => "ip",
            FieldKind::ReferralId => "referral-id",
        }
    }
}

/// The names of `fields`, in order: how each model's `FIELDS` constant is derived from
/// its field table at compile time.
pub(crate) const fn field_names<const N: usize>(fields: &[Field; N]) -> [&'static str; N] {
    let mut names = [""; N];
    let mut i = 0;
    while i < N {
        names[i] = fields[i].name;
        i += 1;
    }
    names
}
