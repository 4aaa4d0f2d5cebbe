//! `ecd-audit cluster` and `sql --cluster` as a user runs them (feature `cluster`): a
//! scheduler and two executors started as processes of their own on 127.0.0.1, each query's
//! result equal to the same statement run locally, and the failures a user meets.
//!
//! Every process is killed when its test ends, passing or failing (`Processes`), and every
//! wait is bounded.
#![cfg(feature = "cluster")]

use std::io::Read;
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use ecd_events::fixtures::OssArchive;
use support::python::{KEY_ID, S3Server, SECRET, python_packages};

#[path = "../../bucket/tests/support/mod.rs"]
mod support;

/// Longer than any query here takes on two loaded cores; a hang fails the test instead.
const QUERY_TIMEOUT: Duration = Duration::from_secs(180);

fn ecd_audit() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_ecd-audit"));
    command.stdin(Stdio::null());
    command
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn path(path: &Path) -> &str {
    path.to_str().expect("a UTF-8 temporary path")
}

/// `count` ports free on 127.0.0.1 now (the system's ephemeral ones, all distinct).
fn free_ports(count: usize) -> Vec<u16> {
    let listeners: Vec<TcpListener> = (0..count)
        .map(|_| TcpListener::bind("127.0.0.1:0").expect("a free port"))
        .collect();
    listeners
        .iter()
        .map(|listener| listener.local_addr().unwrap().port())
        .collect()
}

/// Child processes, killed and reaped when dropped, so that a failing test leaves none.
#[derive(Default)]
struct Processes(Vec<(String, Child)>);

impl Processes {
    fn start(&mut self, name: &str, args: &[&str], env: &[(&str, &str)]) {
        let child = ecd_audit()
            .args(args)
            .envs(env.iter().copied())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("ecd-audit starts");
        self.0.push((name.to_owned(), child));
    }

    /// Kills the process named `name`.
    fn kill(&mut self, name: &str) {
        for (process, child) in &mut self.0 {
            if process == name {
                let _ = child.kill();
                let _ = child.wait();
            }
        }
    }

    /// Panics, with the process's standard error, if one of them has ended.
    fn all_running(&mut self) {
        for (name, child) in &mut self.0 {
            if let Ok(Some(status)) = child.try_wait() {
                let mut stderr = String::new();
                if let Some(mut pipe) = child.stderr.take() {
                    let _ = pipe.read_to_string(&mut stderr);
                }
                panic!("{name} ended ({status}): {stderr}");
            }
        }
    }
}

impl Drop for Processes {
    fn drop(&mut self) {
        for (_, child) in &mut self.0 {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// Waits until something listens on `port`, or panics after `limit`.
fn wait_for_port(port: u16, limit: Duration, processes: &mut Processes) {
    let start = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        processes.all_running();
        assert!(
            start.elapsed() < limit,
            "nothing listens on {port} after {limit:?}"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// Runs `command` to its end, or kills it and panics after `QUERY_TIMEOUT`.
fn run(mut command: Command) -> Output {
    let child = command
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("ecd-audit starts");
    finish(child)
}

/// Waits for `child` to end, or kills it and panics after `QUERY_TIMEOUT`.
fn finish(mut child: Child) -> Output {
    let start = Instant::now();
    loop {
        if child.try_wait().expect("waits").is_some() {
            return child.wait_with_output().expect("its output");
        }
        if start.elapsed() > QUERY_TIMEOUT {
            let _ = child.kill();
            let output = child.wait_with_output().expect("its output");
            panic!(
                "no result after {QUERY_TIMEOUT:?}; stderr: {}",
                text(&output.stderr)
            );
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// A scheduler and two executors, one task each at a time, with `env` in their environment.
fn cluster(processes: &mut Processes, env: &[(&str, &str)]) -> String {
    let ports = free_ports(5);
    let scheduler = format!("127.0.0.1:{}", ports[0]);
    processes.start(
        "scheduler",
        &["cluster", "scheduler", "--bind", &scheduler],
        env,
    );
    wait_for_port(ports[0], Duration::from_secs(60), processes);
    for (executor, ports) in [("executor 1", &ports[1..3]), ("executor 2", &ports[3..5])] {
        let bind = format!("127.0.0.1:{}", ports[0]);
        let grpc = ports[1].to_string();
        processes.start(
            executor,
            &[
                "cluster",
                "executor",
                "--scheduler",
                &scheduler,
                "--bind",
                &bind,
                "--grpc-port",
                &grpc,
                "--concurrency",
                "1",
            ],
            env,
        );
        wait_for_port(ports[0], Duration::from_secs(60), processes);
    }
    format!("df://{scheduler}")
}

/// The query's CSV result, run locally and, with `cluster`, on it.
fn sql(query: &str, archive: &Path, cluster: Option<&str>) -> Output {
    let mut command = ecd_audit();
    command.args(["sql", query, path(archive), "--format", "csv"]);
    if let Some(url) = cluster {
        command.args(["--cluster", url]);
    }
    run(command)
}

/// A delivery with a malformed record and a record whose `eventTime` is not a time, among
/// good ones: what a query leaves out must be said on a cluster as it is locally.
fn write_damaged_delivery(directory: &Path) {
    let good = r#"{"eventId":"E-1","eventName":"StopDesktops","eventTime":"2025-03-04T09:41:52Z","serviceName":"Ecd"}"#;
    let timeless = r#"{"eventId":"E-2","eventName":"StopDesktops","eventTime":"yesterday","serviceName":"Ecd"}"#;
    std::fs::write(
        directory.join("damaged.jsonl"),
        // The good record last: a query that stops at its first row has read the rest.
        format!("not json\n{{\"eventId\": 7}}\n{timeless}\n{good}\n"),
    )
    .unwrap();
}

/// The notes of what a result leaves out (malformed records, times that are not times), up
/// to where a local run names the records and a cluster's client says who names them.
fn left_out(output: &Output) -> Vec<String> {
    text(&output.stderr)
        .lines()
        .filter(|line| line.contains("(malformed)") || line.contains("is not a time"))
        .map(|line| line.split(';').next().unwrap_or(line).to_owned())
        .collect()
}

#[test]
fn queries_on_the_cluster_give_what_they_give_locally() {
    let dir = tempfile::tempdir().unwrap();
    // Two regions, four days of objects: enough partitions for both executors.
    OssArchive::new(&["cn-hangzhou", "cn-shanghai"], 8, 40)
        .write(dir.path())
        .unwrap();
    write_damaged_delivery(dir.path());
    let mut processes = Processes::default();
    let url = cluster(&mut processes, &[]);

    let queries = [
        // A count by name.
        "SELECT event_name, count(*) AS n FROM records WHERE is_ecd GROUP BY 1 ORDER BY 1",
        // A time range and a region that prune objects by their names.
        "SELECT region, count(*) AS n, min(event_time) AS first FROM records \
         WHERE region = 'cn-shanghai' AND event_time >= (SELECT min(event_time) FROM records) \
         GROUP BY 1 ORDER BY 1",
        // A join with the catalogue, by tag, and the functions.
        "SELECT e.category, count(*) AS n, count(*) FILTER (WHERE has_tag(r.tags, 'destructive')) AS destructive \
         FROM records r JOIN events e ON r.code = e.code GROUP BY 1 ORDER BY 1",
        "SELECT event_name, parameter(request_parameters, 'RegionId') AS region_id, count(*) AS n \
         FROM records WHERE is_ecd GROUP BY 1, 2 ORDER BY 1, 2",
    ];
    for query in queries {
        let local = sql(query, dir.path(), None);
        assert!(local.status.success(), "{query}: {}", text(&local.stderr));
        assert!(
            local.stdout.len() > 30,
            "{query}: a result to compare: {}",
            text(&local.stdout)
        );
        let remote = sql(query, dir.path(), Some(&url));
        assert!(remote.status.success(), "{query}: {}", text(&remote.stderr));
        assert_eq!(text(&remote.stdout), text(&local.stdout), "{query}");
        // Every query reads the damaged delivery's malformed records.
        assert!(
            !left_out(&local).is_empty(),
            "{query}: {}",
            text(&local.stderr)
        );
        assert_eq!(left_out(&remote), left_out(&local), "{query}");
    }
}

/// A query that stops reading early (a `LIMIT` over the scan) still says what the deliveries
/// it read left out, as it does locally: the cluster's scans count each delivery once read,
/// not when their task's stream ends, which a limit never polls (they once said nothing).
#[test]
fn a_query_with_a_limit_says_what_it_left_out() {
    let dir = tempfile::tempdir().unwrap();
    write_damaged_delivery(dir.path());
    let mut processes = Processes::default();
    let url = cluster(&mut processes, &[]);
    let query = "SELECT event_id FROM records LIMIT 1";
    let local = sql(query, dir.path(), None);
    assert!(local.status.success(), "{}", text(&local.stderr));
    let remote = sql(query, dir.path(), Some(&url));
    assert!(remote.status.success(), "{}", text(&remote.stderr));
    assert_eq!(text(&remote.stdout), text(&local.stdout));
    assert_eq!(
        left_out(&local),
        ["ecd-audit: note: 2 records not in the result (malformed)"]
    );
    assert_eq!(
        left_out(&remote),
        left_out(&local),
        "{}",
        text(&remote.stderr)
    );
}

/// What the executors cannot see is never left out silently: a delivery they cannot read
/// fails the query, named (a count without it once came back as whole, with exit status 0,
/// when the client's relative path named nothing in the executors' directory), and a
/// relative path names the client's file on the executors too.
#[test]
fn a_delivery_an_executor_cannot_read_fails_the_query_named_and_relative_paths_are_the_clients() {
    let dir = tempfile::tempdir().unwrap();
    let archive = dir.path().join("archive");
    OssArchive::new(&["cn-hangzhou", "cn-shanghai"], 4, 40)
        .write(&archive)
        .unwrap();
    let mut processes = Processes::default();
    let url = cluster(&mut processes, &[]);
    let query = "SELECT event_name, count(*) AS n FROM records GROUP BY 1 ORDER BY 1";

    // The executors' directory is this test's; the client's is the archive's parent.
    let relative = |cluster: Option<&str>| {
        let mut command = ecd_audit();
        command
            .current_dir(dir.path())
            .args(["sql", query, "archive", "--format", "csv"]);
        if let Some(url) = cluster {
            command.args(["--cluster", url]);
        }
        run(command)
    };
    let local = relative(None);
    assert!(local.status.success(), "{}", text(&local.stderr));
    let remote = relative(Some(&url));
    assert!(remote.status.success(), "{}", text(&remote.stderr));
    assert_eq!(text(&remote.stdout), text(&local.stdout));

    // One object cut short: its gzip stream ends early.
    let cut = walkdir::WalkDir::new(&archive)
        .into_iter()
        .filter_map(Result::ok)
        .find(|entry| entry.path().extension().is_some_and(|e| e == "gz"))
        .expect("an object")
        .into_path();
    let bytes = std::fs::read(&cut).unwrap();
    std::fs::write(&cut, &bytes[..bytes.len() / 2]).unwrap();
    let name = cut.file_name().unwrap().to_str().unwrap();

    let local = sql(query, &archive, None);
    assert_eq!(local.status.code(), Some(2), "{}", text(&local.stderr));
    assert!(
        text(&local.stderr).contains(name),
        "{}",
        text(&local.stderr)
    );
    let remote = sql(query, &archive, Some(&url));
    assert_eq!(remote.status.code(), Some(2), "{}", text(&remote.stderr));
    let stderr = text(&remote.stderr);
    assert!(
        stderr.contains(name) && stderr.contains("could not read a delivery"),
        "{stderr}"
    );
    assert!(
        remote.stdout.is_empty(),
        "no partial result: {}",
        text(&remote.stdout)
    );
}

#[test]
fn a_scheduler_that_cannot_be_reached_exits_2_named() {
    let dir = tempfile::tempdir().unwrap();
    OssArchive::new(&["cn-hangzhou"], 1, 5)
        .write(dir.path())
        .unwrap();
    let port = free_ports(1)[0];
    let url = format!("df://127.0.0.1:{port}");
    let output = sql("SELECT count(*) FROM records", dir.path(), Some(&url));
    assert_eq!(output.status.code(), Some(2), "{}", text(&output.stderr));
    let stderr = text(&output.stderr);
    assert!(stderr.starts_with("ecd-audit: sql: "), "{stderr}");
    assert!(
        stderr.contains(&port.to_string()) || stderr.contains("connect"),
        "{stderr}"
    );
    assert!(
        output.stdout.is_empty(),
        "no result: {}",
        text(&output.stdout)
    );
}

#[test]
fn an_executor_killed_during_a_query_never_gives_a_partial_result_as_whole() {
    let dir = tempfile::tempdir().unwrap();
    // Large enough that the scan (one task an executor) is still running when the executor
    // is killed, 300 ms in, even on a fast machine: that is the case this test is for. (A
    // kill between stages can leave the query waiting on Ballista 55.0: docs/cluster.md.)
    OssArchive::new(&["cn-hangzhou", "cn-shanghai"], 96, 250)
        .write(dir.path())
        .unwrap();
    let query = "SELECT event_name, count(*) AS n FROM records GROUP BY 1 ORDER BY 1";
    let local = sql(query, dir.path(), None);
    assert!(local.status.success(), "{}", text(&local.stderr));

    let mut processes = Processes::default();
    let url = cluster(&mut processes, &[]);
    let mut command = ecd_audit();
    command.args([
        "sql",
        query,
        path(dir.path()),
        "--format",
        "csv",
        "--cluster",
        &url,
    ]);
    let child = command
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("ecd-audit starts");
    std::thread::sleep(Duration::from_millis(300));
    processes.kill("executor 2");
    let output = finish(child);
    // Retried on the other executor (the whole result), or failed with the reason: never a
    // success with less.
    match output.status.code() {
        Some(0) => assert_eq!(text(&output.stdout), text(&local.stdout)),
        Some(2) => assert!(
            text(&output.stderr).starts_with("ecd-audit: sql: "),
            "{}",
            text(&output.stderr)
        ),
        other => panic!("exit {other:?}: {}", text(&output.stderr)),
    }
}

#[test]
fn a_query_over_a_bucket_gives_on_the_cluster_what_it_gives_locally() {
    let dir = tempfile::tempdir().unwrap();
    OssArchive::new(&["cn-hangzhou", "cn-shanghai"], 8, 40)
        .write(dir.path())
        .unwrap();
    let server = S3Server::start();
    server.upload("audit-trail", dir.path(), "");
    // Every process reads the credentials from its own environment: the plan carries the
    // bucket, its endpoint and region, never them.
    let credentials = [
        ("ALIBABA_CLOUD_ACCESS_KEY_ID", KEY_ID),
        ("ALIBABA_CLOUD_ACCESS_KEY_SECRET", SECRET),
    ];
    let mut processes = Processes::default();
    let url = cluster(&mut processes, &credentials);
    let query = "SELECT event_name, count(*) AS n FROM records \
                 WHERE region = 'cn-shanghai' GROUP BY 1 ORDER BY 1";
    let local = sql(query, dir.path(), None);
    assert!(local.status.success(), "{}", text(&local.stderr));
    let mut command = ecd_audit();
    command
        .args(["sql", query, "oss://audit-trail", "--format", "csv"])
        .args(["--endpoint", &server.endpoint, "--cluster", &url])
        .envs(credentials);
    let remote = run(command);
    assert!(remote.status.success(), "{}", text(&remote.stderr));
    assert_eq!(text(&remote.stdout), text(&local.stdout));
    assert!(text(&local.stdout).lines().count() > 10);
}

/// Rows of a Parquet export by region and date, as DuckDB reads them.
fn exported_rows(directory: &Path) -> String {
    let script = format!(
        "import duckdb; print(duckdb.sql(\"SELECT region, date, count(*) FROM \
         read_parquet('{}/**/*.parquet', hive_partitioning = true) GROUP BY ALL ORDER BY ALL\").fetchall())",
        path(directory)
    );
    let output = Command::new("python3")
        .args(["-c", &script])
        .env("PYTHONPATH", python_packages())
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", text(&output.stderr));
    text(&output.stdout)
}

#[test]
fn an_export_on_the_cluster_writes_what_a_local_export_writes() {
    let dir = tempfile::tempdir().unwrap();
    let archive = dir.path().join("archive");
    OssArchive::new(&["cn-hangzhou", "cn-shanghai"], 8, 40)
        .write(&archive)
        .unwrap();
    write_damaged_delivery(&archive);
    let mut processes = Processes::default();
    let url = cluster(&mut processes, &[]);
    let (local, remote) = (dir.path().join("local"), dir.path().join("remote"));
    let mut said = Vec::new();
    for (to, cluster) in [(&local, None), (&remote, Some(url.as_str()))] {
        let mut command = ecd_audit();
        command.args(["export", "--to", path(to), path(&archive)]);
        if let Some(url) = cluster {
            command.args(["--cluster", url]);
        }
        let output = run(command);
        assert!(output.status.success(), "{}", text(&output.stderr));
        // What was exported and what was left out, said alike wherever it ran.
        let exported = text(&output.stderr)
            .lines()
            .find_map(|line| {
                line.split(" to ")
                    .next()?
                    .strip_prefix("ecd-audit: exported ")
            })
            .map(str::to_owned);
        said.push((exported, left_out(&output)));
    }
    assert_eq!(said[1], said[0]);
    assert!(said[0].0.is_some(), "{said:?}");
    assert_eq!(said[0].1.len(), 2, "{said:?}");
    let expected = exported_rows(&local);
    assert!(expected.contains("cn-shanghai"), "{expected}");
    assert_eq!(exported_rows(&remote), expected);
}
