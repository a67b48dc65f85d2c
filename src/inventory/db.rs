//! The two database engines behind one small interface: SQLite (one file, through `rusqlite`,
//! bundled) and PostgreSQL (through the synchronous `postgres` client).
//!
//! Every statement of the inventory is written once, in the SQL both engines speak, with
//! PostgreSQL's numbered placeholders (`$1`, `$2`); for SQLite they become `?1`, `?2`, which
//! SQLite binds by the same numbers. Values are only integers (`BIGINT`) and text, so that both
//! engines store and return the same thing; a boolean is `0` or `1`.
//!
//! Work is done in transactions: [`Database::write`] takes SQLite's write lock at the start
//! (`BEGIN IMMEDIATE`, waiting up to [`BUSY_TIMEOUT`] for another writer) and retries
//! PostgreSQL's deadlocks and serialization failures; [`Database::read`] reads one consistent
//! snapshot.

use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::i18n::tr;
use anyhow::{Context as _, bail};

/// How long a SQLite writer waits for another (parallel CI jobs adding at once).
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(60);

/// How many times a PostgreSQL transaction that lost a deadlock is tried again.
const RETRIES: usize = 5;

/// Where the inventory is: a SQLite file or a PostgreSQL connection string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Sqlite(PathBuf),
    Postgres(String),
}

impl Target {
    /// `postgres://…` or `postgresql://…` is PostgreSQL; anything else is a SQLite file
    /// (`sqlite://` or `sqlite:` in front is allowed).
    pub fn parse(text: &str) -> Target {
        if text.starts_with("postgres://") || text.starts_with("postgresql://") {
            return Target::Postgres(text.to_owned());
        }
        let path = text
            .strip_prefix("sqlite://")
            .or_else(|| text.strip_prefix("sqlite:"))
            .unwrap_or(text);
        Target::Sqlite(PathBuf::from(path))
    }

    /// For messages: the file, or the connection string without its password.
    pub fn describe(&self) -> String {
        match self {
            Target::Sqlite(path) => format!("`{}`", path.display()),
            Target::Postgres(url) => format!("`{}`", without_password(url)),
        }
    }
}

/// `postgres://user:secret@host/db` → `postgres://user:***@host/db`.
fn without_password(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_owned();
    };
    let (authority, tail) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
    match authority.rsplit_once('@') {
        Some((user, host)) => match user.split_once(':') {
            Some((name, _)) => format!("{scheme}://{name}:***@{host}{tail}"),
            None => url.to_owned(),
        },
        None => url.to_owned(),
    }
}

/// A value bound to a placeholder. Nulls are typed: PostgreSQL checks a parameter's type even
/// when it is null.
#[derive(Debug, Clone, Copy)]
pub enum Param<'a> {
    Int(Option<i64>),
    Text(Option<&'a str>),
}

impl<'a> From<&'a str> for Param<'a> {
    fn from(text: &'a str) -> Self {
        Param::Text(Some(text))
    }
}

impl<'a> From<&'a String> for Param<'a> {
    fn from(text: &'a String) -> Self {
        Param::Text(Some(text))
    }
}

impl<'a> From<Option<&'a str>> for Param<'a> {
    fn from(text: Option<&'a str>) -> Self {
        Param::Text(text)
    }
}

impl From<i64> for Param<'_> {
    fn from(n: i64) -> Self {
        Param::Int(Some(n))
    }
}

impl From<bool> for Param<'_> {
    fn from(b: bool) -> Self {
        Param::Int(Some(i64::from(b)))
    }
}

/// A value read back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Null,
    Int(i64),
    Text(String),
}

/// One row of a result, its columns in the order the query selects them.
#[derive(Debug, Clone)]
pub struct Row(Vec<Value>);

impl Row {
    /// Column `i` as text; null is empty.
    pub fn text(&self, i: usize) -> String {
        self.opt_text(i).unwrap_or_default()
    }

    /// Column `i` as text, or `None` when null.
    pub fn opt_text(&self, i: usize) -> Option<String> {
        match self.0.get(i) {
            Some(Value::Text(text)) => Some(text.clone()),
            Some(Value::Int(n)) => Some(n.to_string()),
            _ => None,
        }
    }

    /// Column `i` as an integer; null (and text) is 0.
    pub fn int(&self, i: usize) -> i64 {
        match self.0.get(i) {
            Some(Value::Int(n)) => *n,
            Some(Value::Text(text)) => text.parse().unwrap_or(0),
            _ => 0,
        }
    }
}

/// An open inventory database.
pub enum Database {
    Sqlite(rusqlite::Connection),
    Postgres(Box<postgres::Client>),
}

impl std::fmt::Debug for Database {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Database::Sqlite(_) => "Database::Sqlite",
            Database::Postgres(_) => "Database::Postgres",
        })
    }
}

/// Whether a missing SQLite file may be created.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Create {
    Yes,
    No,
}

impl Database {
    /// Connects. A SQLite file is opened in WAL mode with a busy timeout; it is created only when
    /// `create` says so (queries on a missing inventory are an error, not an empty answer).
    pub fn open(target: &Target, create: Create) -> anyhow::Result<Database> {
        match target {
            Target::Sqlite(path) => open_sqlite(path, create).map(Database::Sqlite),
            Target::Postgres(url) => {
                let client = postgres::Client::connect(url, tls()).map_err(|err| {
                    let err = anyhow::Error::new(err);
                    let message = tr!("inv-cannot-connect", target = target.describe());
                    if format!("{err:#}").contains("certificate") {
                        err.context(format!("{message} {}", tr!("inv-tls-hint")))
                    } else {
                        err.context(message)
                    }
                })?;
                Ok(Database::Postgres(Box::new(client)))
            }
        }
    }

    /// Which engine: `sqlite` or `postgres`.
    pub fn engine(&self) -> Engine {
        match self {
            Database::Sqlite(_) => Engine::Sqlite,
            Database::Postgres(_) => Engine::Postgres,
        }
    }

    /// Runs `work` in a write transaction and commits it; on error nothing of it is kept.
    pub fn write<T>(
        &mut self,
        mut work: impl FnMut(&mut Tx<'_>) -> anyhow::Result<T>,
    ) -> anyhow::Result<T> {
        match self {
            Database::Sqlite(conn) => {
                let tx = conn
                    .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
                    .with_context(|| tr!("inv-cannot-start-transaction"))?;
                let mut tx = Tx::Sqlite(tx);
                let value = work(&mut tx)?;
                tx.commit()?;
                Ok(value)
            }
            Database::Postgres(client) => {
                let mut attempt = 0;
                loop {
                    attempt += 1;
                    let tx = client.transaction()?;
                    let mut tx = Tx::Postgres(tx);
                    let result = work(&mut tx).and_then(|value| tx.commit().map(|()| value));
                    match result {
                        Err(err) if attempt < RETRIES && is_retryable(&err) => continue,
                        other => return other,
                    }
                }
            }
        }
    }

    /// Runs `work` in a read-only transaction: every query sees the same snapshot.
    pub fn read<T>(
        &mut self,
        work: impl FnOnce(&mut Tx<'_>) -> anyhow::Result<T>,
    ) -> anyhow::Result<T> {
        match self {
            Database::Sqlite(conn) => {
                let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Deferred)?;
                let mut tx = Tx::Sqlite(tx);
                let value = work(&mut tx)?;
                tx.commit()?;
                Ok(value)
            }
            Database::Postgres(client) => {
                let tx = client
                    .build_transaction()
                    .isolation_level(postgres::IsolationLevel::RepeatableRead)
                    .read_only(true)
                    .start()?;
                let mut tx = Tx::Postgres(tx);
                let value = work(&mut tx)?;
                tx.commit()?;
                Ok(value)
            }
        }
    }
}

/// The engine a database runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    Sqlite,
    Postgres,
}

impl Engine {
    pub fn as_str(self) -> &'static str {
        match self {
            Engine::Sqlite => "sqlite",
            Engine::Postgres => "postgres",
        }
    }
}

/// TLS for the shared server, verified against the system's trusted roots (`SSL_CERT_FILE` and
/// `SSL_CERT_DIR` name others, as they do for OpenSSL). The URL's `sslmode` decides whether it is
/// used: `prefer` (the default: when the server offers it), `require`, or `disable`.
fn tls() -> tokio_postgres_rustls::MakeRustlsConnect {
    let mut roots = rustls::RootCertStore::empty();
    // Certificates the system store holds but rustls cannot read are skipped, as browsers do.
    roots.add_parsable_certificates(rustls_native_certs::load_native_certs().certs);
    // The crate's one provider (ring), TLS 1.2 and 1.3.
    let config = rustls::ClientConfig::builder()
        .with_root_certificates(roots)
        .with_no_client_auth();
    tokio_postgres_rustls::MakeRustlsConnect::new(config)
}

/// A deadlock (`40P01`) or serialization failure (`40001`): the transaction may simply be run
/// again.
fn is_retryable(err: &anyhow::Error) -> bool {
    err.chain()
        .filter_map(|e| e.downcast_ref::<postgres::Error>())
        .filter_map(postgres::Error::code)
        .any(|code| {
            *code == postgres::error::SqlState::T_R_DEADLOCK_DETECTED
                || *code == postgres::error::SqlState::T_R_SERIALIZATION_FAILURE
        })
}

fn open_sqlite(path: &Path, create: Create) -> anyhow::Result<rusqlite::Connection> {
    use rusqlite::OpenFlags;
    let exists = path.exists();
    if !exists && create == Create::No {
        bail!("{}", tr!("inv-no-inventory", path = path));
    }
    let mut flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    if create == Create::Yes {
        flags |= OpenFlags::SQLITE_OPEN_CREATE;
    }
    let conn = rusqlite::Connection::open_with_flags(path, flags)
        .with_context(|| tr!("inv-cannot-open", path = path))?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    // WAL: readers never wait for a writer, and a crash mid-write loses nothing committed. The
    // mode is kept in the file; setting it on a new file races with other jobs opening it, and
    // SQLite answers "busy" without waiting, so it is tried again until the busy timeout. The
    // first statement also tells a file that is not a SQLite database.
    let started = std::time::Instant::now();
    let mode = loop {
        let mode: rusqlite::Result<String> = conn
            .query_row("PRAGMA journal_mode", [], |row| row.get(0))
            .and_then(|mode: String| {
                if mode.eq_ignore_ascii_case("wal") {
                    Ok(mode)
                } else {
                    conn.query_row("PRAGMA journal_mode = WAL", [], |row| row.get(0))
                }
            });
        match mode {
            Err(rusqlite::Error::SqliteFailure(e, _))
                if e.code == rusqlite::ErrorCode::DatabaseBusy
                    && started.elapsed() < BUSY_TIMEOUT =>
            {
                std::thread::sleep(Duration::from_millis(20));
            }
            Err(err @ rusqlite::Error::SqliteFailure(e, _))
                if e.code == rusqlite::ErrorCode::DatabaseBusy =>
            {
                return Err(anyhow::Error::new(err).context(tr!(
                    "inv-locked",
                    path = path,
                    seconds = BUSY_TIMEOUT.as_secs()
                )));
            }
            Err(err) => return Err(damaged(path, err)),
            Ok(mode) => break mode,
        }
    };
    if !mode.eq_ignore_ascii_case("wal") {
        bail!("{}", tr!("inv-no-wal", path = path, mode = &mode));
    }
    conn.execute_batch("PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;")
        .map_err(|err| damaged(path, err))?;
    Ok(conn)
}

/// The error for a file SQLite cannot read as a database.
fn damaged(path: &Path, err: rusqlite::Error) -> anyhow::Error {
    anyhow::anyhow!(
        "{}",
        tr!("inv-damaged", path = path, error = err.to_string())
    )
}

/// A transaction of either engine.
pub enum Tx<'c> {
    Sqlite(rusqlite::Transaction<'c>),
    Postgres(postgres::Transaction<'c>),
}

impl Tx<'_> {
    pub fn engine(&self) -> Engine {
        match self {
            Tx::Sqlite(_) => Engine::Sqlite,
            Tx::Postgres(_) => Engine::Postgres,
        }
    }

    /// Runs statements without parameters (a migration's DDL).
    pub fn batch(&mut self, sql: &str) -> anyhow::Result<()> {
        match self {
            Tx::Sqlite(tx) => tx.execute_batch(sql)?,
            Tx::Postgres(tx) => tx.batch_execute(sql)?,
        }
        Ok(())
    }

    /// Runs one statement; returns how many rows it changed.
    pub fn execute(&mut self, sql: &str, params: &[Param<'_>]) -> anyhow::Result<u64> {
        match self {
            Tx::Sqlite(tx) => {
                let mut statement = tx.prepare_cached(&sqlite_sql(sql))?;
                let changed = statement.execute(rusqlite::params_from_iter(params.iter()))?;
                Ok(changed as u64)
            }
            Tx::Postgres(tx) => {
                let bound = pg_params(params);
                let refs: Vec<&(dyn postgres::types::ToSql + Sync)> =
                    bound.iter().map(|b| b.as_ref() as _).collect();
                Ok(tx.execute(sql, &refs)?)
            }
        }
    }

    /// Runs one query; returns every row.
    pub fn query(&mut self, sql: &str, params: &[Param<'_>]) -> anyhow::Result<Vec<Row>> {
        match self {
            Tx::Sqlite(tx) => {
                let mut statement = tx.prepare_cached(&sqlite_sql(sql))?;
                let columns = statement.column_count();
                let rows = statement
                    .query_map(rusqlite::params_from_iter(params.iter()), |row| {
                        (0..columns)
                            .map(|i| {
                                Ok(match row.get_ref(i)? {
                                    rusqlite::types::ValueRef::Null => Value::Null,
                                    rusqlite::types::ValueRef::Integer(n) => Value::Int(n),
                                    rusqlite::types::ValueRef::Real(x) => Value::Int(x as i64),
                                    rusqlite::types::ValueRef::Text(t)
                                    | rusqlite::types::ValueRef::Blob(t) => {
                                        Value::Text(String::from_utf8_lossy(t).into_owned())
                                    }
                                })
                            })
                            .collect::<rusqlite::Result<Vec<_>>>()
                            .map(Row)
                    })?
                    .collect::<rusqlite::Result<Vec<_>>>()?;
                Ok(rows)
            }
            Tx::Postgres(tx) => {
                let bound = pg_params(params);
                let refs: Vec<&(dyn postgres::types::ToSql + Sync)> =
                    bound.iter().map(|b| b.as_ref() as _).collect();
                tx.query(sql, &refs)?.iter().map(pg_row).collect()
            }
        }
    }

    /// The first row of a query, if any.
    pub fn query_one(&mut self, sql: &str, params: &[Param<'_>]) -> anyhow::Result<Option<Row>> {
        Ok(self.query(sql, params)?.into_iter().next())
    }

    fn commit(self) -> anyhow::Result<()> {
        match self {
            Tx::Sqlite(tx) => tx.commit()?,
            Tx::Postgres(tx) => tx.commit()?,
        }
        Ok(())
    }
}

impl rusqlite::ToSql for Param<'_> {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        use rusqlite::types::{ToSqlOutput, ValueRef};
        Ok(match *self {
            Param::Int(Some(n)) => ToSqlOutput::Borrowed(ValueRef::Integer(n)),
            Param::Text(Some(text)) => ToSqlOutput::Borrowed(ValueRef::Text(text.as_bytes())),
            Param::Int(None) | Param::Text(None) => ToSqlOutput::Borrowed(ValueRef::Null),
        })
    }
}

fn pg_params<'a>(params: &[Param<'a>]) -> Vec<Box<dyn postgres::types::ToSql + Sync + 'a>> {
    params
        .iter()
        .map(|param| -> Box<dyn postgres::types::ToSql + Sync + 'a> {
            match *param {
                Param::Int(n) => Box::new(n),
                Param::Text(text) => Box::new(text),
            }
        })
        .collect()
}

fn pg_row(row: &postgres::Row) -> anyhow::Result<Row> {
    use postgres::types::Type;
    row.columns()
        .iter()
        .enumerate()
        .map(|(i, column)| {
            let ty = column.type_();
            Ok(if *ty == Type::INT8 {
                row.try_get::<_, Option<i64>>(i)?
                    .map_or(Value::Null, Value::Int)
            } else if *ty == Type::INT4 {
                row.try_get::<_, Option<i32>>(i)?
                    .map_or(Value::Null, |n| Value::Int(n.into()))
            } else if *ty == Type::INT2 {
                row.try_get::<_, Option<i16>>(i)?
                    .map_or(Value::Null, |n| Value::Int(n.into()))
            } else if *ty == Type::BOOL {
                row.try_get::<_, Option<bool>>(i)?
                    .map_or(Value::Null, |b| Value::Int(b.into()))
            } else {
                row.try_get::<_, Option<String>>(i)?
                    .map_or(Value::Null, Value::Text)
            })
        })
        .collect::<anyhow::Result<Vec<_>>>()
        .map(Row)
}

/// PostgreSQL's `$1` placeholders as SQLite's `?1` (the statements hold no `$` otherwise).
fn sqlite_sql(sql: &str) -> String {
    sql.replace('$', "?")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets() {
        assert_eq!(
            Target::parse("postgres://u@h/db"),
            Target::Postgres("postgres://u@h/db".into())
        );
        assert_eq!(
            Target::parse("sqlite://x.db"),
            Target::Sqlite(PathBuf::from("x.db"))
        );
        assert_eq!(Target::parse("x.db"), Target::Sqlite(PathBuf::from("x.db")));
        assert_eq!(
            Target::parse("postgresql://ospo:s3cret@db.example/inventory").describe(),
            "`postgresql://ospo:***@db.example/inventory`"
        );
        assert_eq!(
            Target::parse("postgres://ospo@db.example/inventory").describe(),
            "`postgres://ospo@db.example/inventory`"
        );
    }

    #[test]
    fn placeholders() {
        assert_eq!(sqlite_sql("SELECT $1, $12"), "SELECT ?1, ?12");
    }
}
