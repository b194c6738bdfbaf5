//! The migrations, compiled in so that the binary needs no files beside it.

use std::borrow::Cow;
use std::future::Future;
use std::pin::Pin;

use sqlx::error::BoxDynError;
use sqlx::migrate::{MigrateError, Migration, MigrationSource, MigrationType, Migrator};

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
    (
        3,
        "heartbeat",
        include_str!("../../migrations/0003_heartbeat.sql"),
    ),
];

/// A migrator over the compiled-in migrations.
pub(super) async fn migrator() -> Result<Migrator, MigrateError> {
    Migrator::new(EmbeddedMigrations).await
}

/// Runs the migrations on one SQLite connection.
///
/// `run_direct`, not `run`: `run`'s generic `Acquire<'a>` bound makes the calling future
/// fail the "`Send` for every lifetime" check axum's handlers need (a rustc limitation
/// with higher-ranked lifetimes).
pub(super) async fn run_on_sqlite(conn: &mut sqlx::SqliteConnection) -> Result<(), MigrateError> {
    migrator().await?.run_direct(conn).await
}

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
