//! What the tests take from Python: a real S3-compatible server, moto's (`moto[server]` from
//! PyPI), started by the test on an ephemeral port of 127.0.0.1 and killed when dropped, whose
//! access log (one line a request) shows what a query listed and fetched; and DuckDB, which
//! reads the Parquet export back.
//!
//! The packages are installed once, into the target directory, with the `python3` on `PATH`
//! ([`python_packages`]); a machine without Python or without a way to PyPI fails these
//! tests, saying so.
#![allow(dead_code)] // Each test file uses a part of it.

use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// The Python packages the tests use, at the releases they are written against: moto's
/// server, and DuckDB, which reads the Parquet export back.
const PACKAGES: [&str; 2] = ["moto[server]==5.2.6", "duckdb==2.0.1"];

/// Credentials moto accepts (it checks none).
pub const KEY_ID: &str = "test-key-id";
/// See [`KEY_ID`].
pub const SECRET: &str = "test-secret";

/// A running server.
pub struct S3Server {
    child: Child,
    /// `http://127.0.0.1:PORT`.
    pub endpoint: String,
    log: PathBuf,
    _dir: tempfile::TempDir,
}

/// Where [`PACKAGES`] are installed, for `PYTHONPATH`: a `pip install --target` folder,
/// so that it can be made under another name and moved into place whole (tests of several
/// binaries may race).
pub fn python_packages() -> PathBuf {
    static INSTALL: Mutex<()> = Mutex::new(());
    let _once = INSTALL
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let target = Path::new(env!("CARGO_TARGET_TMPDIR")).join("python-packages-1");
    if target.join("moto").is_dir() && target.join("duckdb").is_dir() {
        return target;
    }
    let partial = target.with_extension(format!("partial-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&partial);
    let output = Command::new("python3")
        .args([
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
        ])
        .arg("--target")
        .arg(&partial)
        .args(PACKAGES)
        .output()
        .expect("python3 runs: the tests use moto's server and DuckDB, from PyPI");
    assert!(
        output.status.success(),
        "pip install {PACKAGES:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    if std::fs::rename(&partial, &target).is_err() {
        // Another test binary moved its copy first.
        let _ = std::fs::remove_dir_all(&partial);
    }
    target
}

impl S3Server {
    /// Starts a server and waits until it answers.
    pub fn start() -> S3Server {
        let packages = python_packages();
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let dir = tempfile::tempdir().unwrap();
        let log = dir.path().join("requests.log");
        let child = Command::new("python3")
            .args([
                "-m",
                "moto.server",
                "-H",
                "127.0.0.1",
                "-p",
                &port.to_string(),
            ])
            .env("PYTHONPATH", &packages)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&log).unwrap())
            .spawn()
            .expect("moto's server starts");
        let mut server = S3Server {
            child,
            endpoint: format!("http://127.0.0.1:{port}"),
            log,
            _dir: dir,
        };
        let start = Instant::now();
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            if let Ok(Some(status)) = server.child.try_wait() {
                panic!("moto's server ended ({status}): {}", server.log_text());
            }
            assert!(
                start.elapsed() < Duration::from_secs(60),
                "moto's server does not listen on {port} after a minute"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
        server
    }

    /// Creates `bucket` and puts every file under `root` in it, keyed by its path under
    /// `root` after `prefix` (with boto3, which moto brings). Bucket and objects are
    /// public-read, as a bucket read without credentials (`--no-sign-request`) must be.
    pub fn upload(&self, bucket: &str, root: &Path, prefix: &str) {
        const SCRIPT: &str = r#"
import os, sys, boto3
endpoint, bucket, root, prefix = sys.argv[1:5]
s3 = boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1",
                  aws_access_key_id="k", aws_secret_access_key="s")
s3.create_bucket(Bucket=bucket, ACL="public-read")
for folder, _, files in os.walk(root):
    for name in files:
        path = os.path.join(folder, name)
        key = prefix + os.path.relpath(path, root).replace(os.sep, "/")
        s3.upload_file(path, bucket, key, ExtraArgs={"ACL": "public-read"})
"#;
        let output = Command::new("python3")
            .arg("-c")
            .arg(SCRIPT)
            .arg(&self.endpoint)
            .arg(bucket)
            .arg(root)
            .arg(prefix)
            .env("PYTHONPATH", python_packages())
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "upload: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }

    fn log_text(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// Every request so far, as `METHOD /path?query`, in order.
    pub fn requests(&self) -> Vec<String> {
        self.log_text()
            .lines()
            .filter_map(|line| {
                // `127.0.0.1 - - [date] "GET /bucket?list-type=2 HTTP/1.1" 200 -`, perhaps
                // coloured.
                let (_, request) = line.split_once('"')?;
                let (request, _) = request.rsplit_once(" HTTP/")?;
                let request = request.trim_start_matches(|c: char| {
                    c == '\u{1b}' || c == '[' || c.is_ascii_digit() || c == ';' || c == 'm'
                });
                Some(request.replace("%2F", "/").replace("%2f", "/"))
            })
            .collect()
    }
}

impl Drop for S3Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
