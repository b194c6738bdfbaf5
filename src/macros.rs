//! Trait impls shared by the text newtypes.
//!
//! Every newtype has exactly one way in, its inherent `parse`; `FromStr` and the
//! `TryFrom` conversions are generated here so they can never drift apart from it
//! (the pattern of uuid's `parser.rs`).

/// Implements `FromStr`, `TryFrom<&str>`, `TryFrom<String>`, `TryFrom<&String>`,
/// `AsRef<str>`, `From<T> for String` and `Display` (printing `as_str()`) for a
/// newtype with an inherent `parse(&str) -> Result<Self, E>` and `as_str(&self) -> &str`.
macro_rules! impl_text_newtype {
    ($ty:ident, $err:ty) => {
        impl ::core::str::FromStr for $ty {
            type Err = $err;
            fn from_str(s: &str) -> ::core::result::Result<Self, Self::Err> {
                Self::parse(s)
            }
        }

        impl ::core::convert::TryFrom<&str> for $ty {
            type Error = $err;
            fn try_from(s: &str) -> ::core::result::Result<Self, Self::Error> {
                Self::parse(s)
            }
        }

        impl ::core::convert::TryFrom<&::std::string::String> for $ty {
            type Error = $err;
            fn try_from(s: &::std::string::String) -> ::core::result::Result<Self, Self::Error> {
                Self::parse(s)
            }
        }

        impl ::core::convert::TryFrom<::std::string::String> for $ty {
            type Error = $err;
            fn try_from(s: ::std::string::String) -> ::core::result::Result<Self, Self::Error> {
                Self::parse(&s)
            }
        }

        impl ::core::convert::AsRef<str> for $ty {
            fn as_ref(&self) -> &str {
                self.as_str()
            }
        }

        impl ::core::fmt::Display for $ty {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::core::convert::From<$ty> for ::std::string::String {
            fn from(value: $ty) -> Self {
                ::std::string::String::from(value.as_str())
            }
        }
    };
}

pub(crate) use impl_text_newtype;

/// Implements `Debug` as the type's name and its canonical text, `Name("text")`, for
/// a newtype with `as_str(&self) -> &str` whose fields mean nothing to a reader
/// (byte arrays, offsets, cached forms). One line, like a derived `Debug` of a
/// one-string tuple struct, so `Locale("cs-CZ")` and `Ico("05103118")` look alike.
macro_rules! impl_debug_as_text {
    ($ty:ident) => {
        impl ::core::fmt::Debug for $ty {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_tuple(stringify!($ty))
                    .field(&self.as_str())
                    .finish()
            }
        }
    };
}

pub(crate) use impl_debug_as_text;
