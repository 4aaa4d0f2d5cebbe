//! The command line: subcommands, flags and what `--help` says of them.

use std::path::PathBuf;

use chrono::{DateTime, Utc};
use clap::{Args, Parser, Subcommand};
use ecd_events::{Category, Tag};

use crate::archive::parse_time_bound;
use crate::report::Format;
use crate::rules::Severity;

/// Audits Alibaba Cloud Elastic Cloud Desktop (ECD) activity in ActionTrail deliveries.
///
/// With no command, audits the sample deliveries built into the tool, as `ecd-audit scan` does.
///
/// Exit status: 0 when the audit ran and no finding reached --fail-on; 1 when one did (or,
/// for `events`, a name is not in the catalogue, even ignoring case; for `rules --check`, a
/// rule has errors; for `rules --test`, a rule's test fails);
/// 2 for a usage error or an input that could not be read (the rest is still audited).
#[derive(Debug, Parser)]
#[command(name = "ecd-audit", version, max_term_width = 100)]
pub struct Cli {
    /// What to do; none: `scan` the sample deliveries built into the tool.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Audits deliveries: files, .gz files, directories (OSS archives) or standard input.
    ///
    /// Memory stays bounded whatever the input: about 10 MB, the largest record for each
    /// reading thread (a record is at most 16 MiB), 19 to 37 bytes for each distinct
    /// record (eventId de-duplication), each distinct value counted (cut to 256 bytes), and
    /// the findings. Of malformed records, and of records whose eventTime is not a time, the
    /// report keeps the count and the first 20: --malformed lists them all. docs/audit.md has
    /// the details.
    #[command(after_long_help = SCAN_OUTPUT)]
    Scan(ScanArgs),
    /// Lists the Sigma rules a scan applies, checks rules (--check), runs their test records
    /// (--test), or lists the catalogue's tagged events no rule names (--coverage).
    Rules(RulesArgs),
    /// Looks events up in the catalogue, or lists them by category or tag.
    Events(EventsArgs),
    /// Runs a SQL query over deliveries: the table `records`, the catalogue `events`
    /// (docs/sql.md lists their columns and functions).
    #[cfg(feature = "sql")]
    #[command(after_long_help = SQL_OUTPUT)]
    Sql(SqlArgs),
    /// Writes deliveries' records as Parquet, partitioned `region=.../date=...`.
    #[cfg(feature = "sql")]
    Export(ExportArgs),
    /// Runs a Ballista scheduler or executor that `sql --cluster` runs queries on
    /// (docs/cluster.md).
    #[cfg(feature = "cluster")]
    Cluster(ClusterArgs),
}

/// `ecd-audit cluster`.
#[cfg(feature = "cluster")]
#[derive(Debug, Args)]
pub struct ClusterArgs {
    /// Which process to run.
    #[command(subcommand)]
    pub process: ClusterProcess,
}

/// The processes of a cluster.
#[cfg(feature = "cluster")]
#[derive(Debug, Subcommand)]
pub enum ClusterProcess {
    /// Runs the scheduler: it plans queries and hands their tasks to executors.
    Scheduler {
        /// The address and port it listens on, for clients and executors.
        #[arg(long, value_name = "ADDR:PORT", default_value = "0.0.0.0:50050")]
        bind: std::net::SocketAddr,
        /// Seconds an executor may go unheard before its tasks run again elsewhere (or,
        /// with no executor left, its queries fail). Executors are heard every 5 seconds.
        #[arg(long, value_name = "SECONDS", default_value_t = 30,
              value_parser = clap::value_parser!(u64).range(10..=86_400))]
        executor_timeout: u64,
    },
    /// Runs an executor: it reads deliveries and computes the tasks the scheduler gives it.
    /// It must see the deliveries at the paths the client names.
    Executor {
        /// The scheduler's host and port.
        #[arg(long, value_name = "HOST:PORT")]
        scheduler: String,
        /// The address and port of its Arrow Flight service, which serves what it computed.
        #[arg(long, value_name = "ADDR:PORT", default_value = "0.0.0.0:50051")]
        bind: std::net::SocketAddr,
        /// The port of its gRPC service, on the same address.
        #[arg(long, value_name = "PORT", default_value_t = 50052)]
        grpc_port: u16,
        /// How many tasks it runs at once; by default, one per core.
        #[arg(long, value_name = "N")]
        concurrency: Option<std::num::NonZeroUsize>,
    },
}

/// What `sql --help` says of its output and of what it could not read.
#[cfg(feature = "sql")]
const SQL_OUTPUT: &str = "\
Filters on event_time, date and region leave out, unopened, the OSS objects whose names put \
them outside (an hour's slack either side of a time range).

--format table escapes what would act on a terminal as `scan`'s text report does; json (one \
object a row) keeps values exactly, with those characters as \\u escapes; csv starts a text \
cell that a spreadsheet would read as a formula with a single quote.

Malformed records are not in the result: their count and the first of them are said on \
standard error (on a cluster, the count; the executors name them on theirs). A delivery that \
cannot be read is named there, and the exit status is 2, as for a query that is not valid.";

/// `ecd-audit sql`.
#[cfg(feature = "sql")]
#[derive(Debug, Args)]
pub struct SqlArgs {
    /// The query: `SELECT event_name, count(*) FROM records WHERE is_ecd GROUP BY 1`.
    #[arg(value_name = "QUERY")]
    pub query: String,

    /// Files or directories (OSS archives) of deliveries, walked as `scan` walks them, or
    /// archives in a bucket: `oss://BUCKET/PREFIX`, `s3://BUCKET/PREFIX` (docs/sql.md).
    #[arg(value_name = "PATH|URL", required = true)]
    pub paths: Vec<PathBuf>,

    /// Where buckets are reached.
    #[command(flatten)]
    pub remote: RemoteArgs,

    /// How to write the result.
    #[arg(long, value_enum, default_value_t = SqlFormat::Table)]
    pub format: SqlFormat,

    /// Where the query runs.
    #[command(flatten)]
    pub cluster: OnCluster,
}

/// The formats of `ecd-audit sql`.
#[cfg(feature = "sql")]
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum SqlFormat {
    /// Aligned columns, for people.
    Table,
    /// JSON Lines: one object a row, the columns as keys.
    Json,
    /// CSV under a header of the columns' names.
    Csv,
}

/// `ecd-audit export`.
#[cfg(feature = "sql")]
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The directory to write to: new or empty.
    #[arg(long, value_name = "DIR")]
    pub to: PathBuf,

    /// Files or directories (OSS archives) of deliveries, walked as `scan` walks them, or
    /// archives in a bucket: `oss://BUCKET/PREFIX`, `s3://BUCKET/PREFIX` (docs/sql.md).
    #[arg(value_name = "PATH|URL", required = true)]
    pub paths: Vec<PathBuf>,

    /// Where buckets are reached.
    #[command(flatten)]
    pub remote: RemoteArgs,

    /// Where the export runs.
    #[command(flatten)]
    pub cluster: OnCluster,
}

/// Where a query or an export runs: here, or on a cluster (in a build with `cluster`).
#[cfg(feature = "sql")]
#[derive(Debug, Args)]
pub struct OnCluster {
    /// Runs it on the cluster whose scheduler is at this URL (`ecd-audit cluster`), whose
    /// executors read the deliveries at the same paths (and write an export's files: a
    /// directory they all see at that path, a shared disk).
    #[cfg(feature = "cluster")]
    #[arg(long, value_name = "df://HOST:PORT")]
    pub cluster: Option<String>,
}

#[cfg(feature = "sql")]
impl OnCluster {
    /// The scheduler's URL `--cluster` gave; always `None` in a build without clusters.
    pub fn url(&self) -> Option<&str> {
        #[cfg(feature = "cluster")]
        return self.cluster.as_deref();
        #[cfg(not(feature = "cluster"))]
        None
    }
}

/// How `oss://` and `s3://` archives are reached. Credentials come from the environment
/// only: `ALIBABA_CLOUD_ACCESS_KEY_ID`, `ALIBABA_CLOUD_ACCESS_KEY_SECRET` and
/// `ALIBABA_CLOUD_SECURITY_TOKEN` (or `OSS_ACCESS_KEY_ID`...) for OSS, AWS's own for S3.
#[cfg(feature = "oss")]
#[derive(Debug, Args)]
pub struct RemoteArgs {
    /// An S3-compatible server's URL (`http://127.0.0.1:9000`), reached with path-style
    /// requests; without it, OSS's endpoint for the bucket's region (`OSS_REGION`) or
    /// Amazon S3's.
    #[arg(long, value_name = "URL")]
    pub endpoint: Option<String>,

    /// The bucket's region (`cn-hangzhou`), which OSS's endpoint and the requests'
    /// signatures name; by default `OSS_REGION` or `ALIBABA_CLOUD_REGION_ID` for OSS,
    /// `AWS_REGION` for S3. (Not `--region`, which selects records' regions.)
    #[arg(long, value_name = "REGION")]
    pub bucket_region: Option<String>,

    /// Sends requests unsigned, without credentials: for a bucket anyone may read.
    #[arg(long)]
    pub no_sign_request: bool,
}

#[cfg(feature = "oss")]
impl RemoteArgs {
    /// What the archive layer takes of them.
    pub fn reach(&self) -> crate::archive::bucket::Reach {
        crate::archive::bucket::Reach {
            endpoint: self.endpoint.clone(),
            region: self.bucket_region.clone(),
            unsigned: self.no_sign_request,
        }
    }
}

/// What `scan --help` says of its output, which records (and file names) cannot forge.
const SCAN_OUTPUT: &str = "\
Records are written by whoever made the calls, so the output guards against them:

The text report and every message show what would act on a terminal or break a line (control \
characters, ESC sequences, Unicode's bidirectional controls, line separators, invisible \
characters) as escapes, as Rust writes them: \\n, \\t, \\u{1b}, \\u{202e}.

JSON keeps the records' text exactly; the same characters are \\u escapes in it.

CSV keeps it too, but a cell that a spreadsheet would read as a formula (one that starts with \
=, +, -, @, a tab, a carriage return, a line feed, or the full-width ＝ ＋ － ＠) starts with a \
single quote, as OWASP advises: '=HYPERLINK(...), and '-1 for a negative number in a record. \
`count` stays a number.

A finding keeps at most 64 KiB of each field (no real record has a field near it) and the \
counts keep as much of each name: a longer one is cut, and ends with ...[cut from N bytes] \
in text and CSV; in JSON it is the field's first 64 KiB, and the finding's `truncated` object \
names it with its length in the record: \"truncated\": {\"resources\": 10485760}.";

/// `ecd-audit scan`.
#[derive(Debug, Args)]
pub struct ScanArgs {
    /// Files, directories or `-` for standard input; none: the sample deliveries built into
    /// the tool. Directories are walked for every regular file but hidden ones, following
    /// links, each file read once; pipes, sockets and devices in them are named and not
    /// opened. A pipe or device named here is read as a stream, as standard input is. The
    /// format of each (gzip or not, JSON Lines or array, ActionTrail records or Log Service
    /// logs) comes from its content.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Where buckets are reached: with the `oss` feature, a PATH can be an archive in a
    /// bucket, `oss://BUCKET/PREFIX` or `s3://BUCKET/PREFIX`, listed and read in place
    /// (only the folders and objects that --since, --until and --region may need).
    #[cfg(feature = "oss")]
    #[command(flatten)]
    pub remote: RemoteArgs,

    /// Sigma rules to apply instead of the default rules: a file of rules (YAML, `---` between
    /// them) or a directory of `.yml`/`.yaml` files; repeat it for several. Rules of another
    /// log source than `product: alibaba_cloud`, `service: actiontrail` are skipped with a note.
    /// `ecd-audit rules` lists the default rules; docs/sigma.md says how rules are written.
    #[arg(long, value_name = "PATH")]
    pub rules: Vec<PathBuf>,

    /// Sigma filters (or more rules) to add to the rules in use, default or --rules: an
    /// allowlist of what is known to be fine, without editing the rules (docs/sigma.md,
    /// "Tuning"); repeatable.
    #[arg(long, value_name = "PATH")]
    pub filters: Vec<PathBuf>,

    /// Audit records from this time on: RFC 3339 or a date (midnight UTC). OSS objects whose
    /// names put them an hour or more before it are not opened.
    #[arg(long, value_name = "TIME", value_parser = parse_time_bound)]
    pub since: Option<DateTime<Utc>>,

    /// Audit records before this time: RFC 3339 or a date (midnight UTC).
    #[arg(long, value_name = "TIME", value_parser = parse_time_bound)]
    pub until: Option<DateTime<Utc>>,

    /// Audit records of this region only (`acsRegion`); repeat it, or separate with commas,
    /// for several. OSS objects of other regions are not opened.
    #[arg(long, value_name = "REGION", value_delimiter = ',')]
    pub region: Vec<String>,

    /// How to write the report.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,

    /// Lists every malformed record in FILE as JSON Lines, in input order (deliveries as the
    /// report names them, each one's records in order) and the same for any --threads:
    /// `{"malformed": {"delivery", "record", "line", "byte", "kind", "reason"}}` each, where
    /// record counts from 0 and line from 1 in the delivery's uncompressed content, and kind
    /// is syntax, data, not_an_event, too_large, or event_time for a record read whose
    /// eventTime is not a time (it is still audited by the rules that need no time). `-`:
    /// standard output, with --format json, before the findings. The text report shows the
    /// first 20 of each.
    #[arg(long, value_name = "FILE")]
    pub malformed: Option<PathBuf>,

    /// How many examples of each rule's findings the text report shows, each with the request
    /// parameters that made the rule fire.
    #[arg(long, value_name = "N", default_value_t = 3)]
    pub examples: usize,

    /// Exit with 1 when a finding is of this severity or higher.
    #[arg(long, value_enum, value_name = "SEVERITY")]
    pub fail_on: Option<Severity>,

    /// Threads that read deliveries; 0: one per core. The report is the same for any number.
    #[arg(long, short = 'j', value_name = "N", default_value_t = 0,
          value_parser = clap::value_parser!(u16).range(0..=1024))]
    pub threads: u16,

    /// No progress bar (it shows only when standard error is a terminal).
    #[arg(long, short)]
    pub quiet: bool,
}

impl ScanArgs {
    /// `scan` with no argument: the bundled samples, every flag at its default.
    pub fn samples() -> ScanArgs {
        use clap::FromArgMatches;
        let command = ScanArgs::augment_args(clap::Command::new("scan"));
        let matches = command.get_matches_from(["scan"]);
        // Parsing no argument cannot fail: every flag has a default or is optional.
        ScanArgs::from_arg_matches(&matches).unwrap_or_else(|error| error.exit())
    }
}

/// `ecd-audit rules`.
#[derive(Debug, Args)]
pub struct RulesArgs {
    /// Checks Sigma rules (a file or a directory; repeatable): every error with its file,
    /// line and rule, and warnings for what is probably wrong (an eventName the catalogue
    /// lacks, with the closest; a request parameter none of the rule's events takes; a value
    /// a parameter never has). Exits 1 on any error.
    #[arg(long, value_name = "PATH")]
    pub check: Vec<PathBuf>,

    /// Runs the test records of the rules (each rule's `tests`) of this file or directory (and
    /// of --rules; without either, of the default rules) against those rules, as a scan of
    /// them would; exits 1 if a rule does not fire where it must, or fires where it must not.
    #[arg(long, value_name = "PATH", num_args = 0..=1)]
    #[allow(clippy::option_option)]
    pub test: Option<Option<PathBuf>>,

    /// Lists the catalogue's tagged events that no loaded rule names (by eventName, ecd.tags
    /// or ecd.category; a rule that can match any name covers events only in passing).
    #[arg(long)]
    pub coverage: bool,

    /// Lists (or, with --test and --coverage, uses) these rules instead of the default rules;
    /// repeatable.
    #[arg(long, value_name = "PATH")]
    pub rules: Vec<PathBuf>,

    /// Prints the default rules as one YAML stream of Sigma documents, to start rules of your
    /// own from.
    #[arg(long, conflicts_with_all = ["check", "rules", "test", "coverage"])]
    pub print_default: bool,
}

/// `ecd-audit events`.
#[derive(Debug, Args)]
pub struct EventsArgs {
    /// Event names to look up, exactly or ignoring case; a name not found either way exits 1,
    /// with the closest names on standard error. None: list the events.
    #[arg(value_name = "NAME")]
    pub names: Vec<String>,

    /// List the events of this category only.
    #[arg(long, value_name = "CATEGORY", value_parser = parse_category, conflicts_with = "names")]
    pub category: Option<Category>,

    /// List the events with this tag only.
    #[arg(long, value_name = "TAG", value_parser = parse_tag, conflicts_with = "names")]
    pub tag: Option<Tag>,
}

fn parse_category(text: &str) -> Result<Category, String> {
    text.parse().map_err(|_| {
        let names: Vec<&str> = Category::ALL
            .iter()
            .map(|category| category.as_str())
            .collect();
        format!("not a category; the categories are {}", names.join(", "))
    })
}

fn parse_tag(text: &str) -> Result<Tag, String> {
    text.parse().map_err(|_| {
        let names: Vec<&str> = Tag::ALL.iter().map(|tag| tag.as_str()).collect();
        format!("not a tag; the tags are {}", names.join(", "))
    })
}

#[cfg(test)]
mod tests {
    use super::SCAN_OUTPUT;
    use crate::scan::cut::FIELD_BYTES;

    #[test]
    fn scan_help_gives_the_bound_of_a_field() {
        assert!(SCAN_OUTPUT.contains(&format!(" {} KiB ", FIELD_BYTES / 1024)));
    }
}

#[cfg(test)]
mod command_line {
    use clap::CommandFactory;

    #[test]
    fn is_well_formed_with_every_feature_set() {
        // clap's own checks (unique names, valid defaults), which otherwise run only when a
        // subcommand is first parsed.
        super::Cli::command().debug_assert();
    }
}
