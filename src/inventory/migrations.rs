//! The inventory's schema, as numbered migrations applied on first use.
//!
//! Each migration is one SQL file in `migrations/`, written once for both engines (its header says
//! which words each engine replaces). The table `ossdoo_migrations` records which have run. All
//! the missing ones run in one transaction, behind a lock (SQLite's write lock, PostgreSQL's
//! advisory lock), so two CI jobs opening a new inventory at once apply them once, and a
//! migration that fails leaves the database exactly as it was.

use crate::i18n::tr;
use anyhow::{Context as _, bail};

use super::db::{Database, Engine, Param, Tx};

/// One step of the schema.
#[derive(Debug, Clone, Copy)]
pub struct Migration {
    pub version: i64,
    pub name: &'static str,
    pub sql: &'static str,
}

/// Every migration, in order. Append; never edit one that has shipped.
pub const MIGRATIONS: &[Migration] = &[Migration {
    version: 1,
    name: "initial schema",
    sql: include_str!("migrations/0001_initial.sql"),
}];

/// The schema version this ossdoo writes and reads.
pub const SCHEMA: i64 = 1;

/// The key of the PostgreSQL advisory lock migrations hold (`ossdoo` in ASCII).
const LOCK: i64 = 0x6f73_7364_6f6f;

/// Brings the database to [`SCHEMA`]; returns the versions applied (none when it was current).
pub fn migrate(db: &mut Database) -> anyhow::Result<Vec<i64>> {
    migrate_to(db, MIGRATIONS)
}

/// [`migrate`] with a given list (tests add a broken one).
pub fn migrate_to(db: &mut Database, migrations: &[Migration]) -> anyhow::Result<Vec<i64>> {
    let latest = migrations.last().map_or(0, |m| m.version);
    // Most opens find the schema current: a read says so without taking the write lock.
    if db.read(current_version)? == Some(latest) {
        return Ok(Vec::new());
    }
    db.write(|tx| {
        if tx.engine() == Engine::Postgres {
            tx.query(
                "SELECT 1 FROM (SELECT pg_advisory_xact_lock($1)) AS locked",
                &[LOCK.into()],
            )?;
        }
        let current = match current_version(tx)? {
            Some(version) => version,
            None => {
                let others = other_tables(tx)?;
                if others > 0 {
                    bail!("{}", tr!("inv-foreign-tables", count = others));
                }
                tx.batch(
                    "CREATE TABLE ossdoo_migrations (version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
                )?;
                0
            }
        };
        if current > latest {
            bail!(
                "{}",
                tr!("inv-newer-schema", current = current, latest = latest)
            );
        }
        let mut applied = Vec::new();
        for migration in migrations.iter().filter(|m| m.version > current) {
            tx.batch(&for_engine(migration.sql, tx.engine()))
                .with_context(|| {
                    tr!(
                        "inv-migration-failed",
                        version = migration.version,
                        name = migration.name
                    )
                })?;
            let now = crate::context::utc_now();
            tx.execute(
                "INSERT INTO ossdoo_migrations (version, name, applied_at) VALUES ($1, $2, $3)",
                &[
                    migration.version.into(),
                    migration.name.into(),
                    Param::from(now.as_str()),
                ],
            )?;
            applied.push(migration.version);
        }
        Ok(applied)
    })
}

/// The highest migration applied, or `None` when the database has no migrations table.
fn current_version(tx: &mut Tx<'_>) -> anyhow::Result<Option<i64>> {
    let exists = match tx.engine() {
        Engine::Sqlite => tx.query_one(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'ossdoo_migrations'",
            &[],
        )?,
        Engine::Postgres => tx.query_one(
            "SELECT table_name::text FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'ossdoo_migrations'",
            &[],
        )?,
    };
    if exists.is_none() {
        return Ok(None);
    }
    let row = tx.query_one("SELECT MAX(version) FROM ossdoo_migrations", &[])?;
    Ok(Some(row.map_or(0, |r| r.int(0))))
}

/// How many tables the database holds (before the inventory's own exist).
fn other_tables(tx: &mut Tx<'_>) -> anyhow::Result<i64> {
    let row = match tx.engine() {
        Engine::Sqlite => tx.query_one(
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
            &[],
        )?,
        Engine::Postgres => tx.query_one(
            "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()",
            &[],
        )?,
    };
    Ok(row.map_or(0, |r| r.int(0)))
}

/// A migration's SQL with the engine's words in place of `{id}` and `{without_rowid}`.
fn for_engine(sql: &str, engine: Engine) -> String {
    let (id, without_rowid) = match engine {
        Engine::Sqlite => ("INTEGER PRIMARY KEY", " WITHOUT ROWID"),
        Engine::Postgres => ("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY", ""),
    };
    sql.replace("{id}", id)
        .replace("{without_rowid}", without_rowid)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::inventory::db::{Create, Target};

    fn sqlite(dir: &tempfile::TempDir) -> Database {
        Database::open(&Target::Sqlite(dir.path().join("i.db")), Create::Yes).unwrap()
    }

    #[test]
    fn applies_once() {
        let dir = tempfile::tempdir().unwrap();
        let mut db = sqlite(&dir);
        assert_eq!(migrate(&mut db).unwrap(), vec![1]);
        assert_eq!(migrate(&mut db).unwrap(), Vec::<i64>::new());
        let mut again = sqlite(&dir);
        assert_eq!(migrate(&mut again).unwrap(), Vec::<i64>::new());
    }

    #[test]
    fn a_failed_migration_changes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let mut db = sqlite(&dir);
        migrate(&mut db).unwrap();
        db.write(|tx| {
            tx.execute(
                "INSERT INTO repositories (name) VALUES ($1)",
                &["kept".into()],
            )
        })
        .unwrap();
        let broken = [
            MIGRATIONS[0],
            Migration {
                version: 2,
                name: "broken",
                sql: "ALTER TABLE repositories ADD COLUMN team TEXT; CREATE TABLE oops (;",
            },
        ];
        let err = migrate_to(&mut db, &broken).unwrap_err();
        assert!(
            format!("{err:#}")
                .contains("migration 2 (broken) failed; the inventory was left as it was"),
            "{err:#}"
        );
        // The half-applied migration was rolled back: no new column, the row still there.
        let rows = db
            .read(|tx| tx.query("SELECT * FROM repositories", &[]))
            .unwrap();
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].text(1), "kept");
        assert!(
            rows[0].opt_text(3).is_none(),
            "the new column was rolled back"
        );
        assert_eq!(db.read(current_version).unwrap(), Some(1));
    }

    #[test]
    fn a_newer_schema_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let mut db = sqlite(&dir);
        migrate(&mut db).unwrap();
        db.write(|tx| {
            tx.execute(
                "INSERT INTO ossdoo_migrations VALUES (7, 'future', '2030-01-01T00:00:00Z')",
                &[],
            )
        })
        .unwrap();
        let err = migrate(&mut db).unwrap_err();
        assert!(
            format!("{err}").contains("schema 7, written by a newer ossdoo"),
            "{err}"
        );
    }

    #[test]
    fn another_applications_database_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let mut db = sqlite(&dir);
        db.write(|tx| tx.batch("CREATE TABLE invoices (id INTEGER)"))
            .unwrap();
        let err = migrate(&mut db).unwrap_err();
        assert!(
            format!("{err}").contains("holds 1 table(s) but no ossdoo inventory"),
            "{err}"
        );
    }
}
