//! The migrations, compiled in so that the binary needs no files beside it.

use std::borrow::Cow;
use std::future::Future;
use std::pin::Pin;

use sqlx::error::BoxDynError;
use sqlx::migrate::{Migration, MigrationSource, MigrationType};

/// The migrations in order: version, description, SQL (portable: both backends run it).
const MIGRATIONS: &[(i64, &str, &str)] = &[
    (
        1,
        "contacts",
        include_str!("../../migrations/0001_contacts.sql"),
    ),
    (
        2,
        "tenants",
        include_str!("../../migrations/0002_tenants.sql"),
    ),
];

/// The compiled-in migrations as a sqlx migration source.
#[derive(Debug)]
pub(super) struct EmbeddedMigrations;

impl MigrationSource<'static> for EmbeddedMigrations {
    fn resolve(
        self,
    ) -> Pin<Box<dyn Future<Output = Result<Vec<Migration>, BoxDynError>> + Send + 'static>> {
        Box::pin(async {
            Ok(MIGRATIONS
                .iter()
                .map(|&(version, description, sql)| {
                    Migration::new(
                        version,
                        Cow::Borrowed(description),
                        MigrationType::Simple,
                        Cow::Borrowed(sql),
                        false,
                    )
                })
                .collect())
        })
    }
}
