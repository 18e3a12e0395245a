// configuration loading with a custom error enum, From conversions and the ? operator across layers
use std::fmt;
use std::num::ParseIntError;

#[derive(Debug)]
enum ConfigError {
    Missing(&'static str),
    BadNumber { key: &'static str, source: ParseIntError },
    OutOfRange(u32),
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            ConfigError::Missing(k) => write!(f, "missing key {}", k),
            ConfigError::BadNumber { key, source } => write!(f, "bad number for {}: {}", key, source),
            ConfigError::OutOfRange(v) => write!(f, "value {} out of range", v),
        }
    }
}

struct Config {
    workers: u32,
    port: u32,
}

fn field<'a>(text: &'a str, key: &'static str) -> Result<&'a str, ConfigError> {
    text.lines()
        .filter_map(|l| l.split_once('='))
        .find(|(k, _)| k.trim() == key)
        .map(|(_, v)| v.trim())
        .ok_or(ConfigError::Missing(key))
}

fn number(text: &str, key: &'static str) -> Result<u32, ConfigError> {
    field(text, key)?.parse().map_err(|e| ConfigError::BadNumber { key, source: e })
}

fn load(text: &str) -> Result<Config, ConfigError> {
    let workers = number(text, "workers")?;
    if workers == 0 || workers > 64 {
        return Err(ConfigError::OutOfRange(workers));
    }
    let port = number(text, "port")?;
    Ok(Config { workers, port })
}

fn main() {
    let inputs = ["workers = 8\nport = 8080", "port = 1", "workers = 100\nport=1", "workers = x8", "workers=2\nport = 70000"];
    for input in inputs {
        match load(input) {
            Ok(c) => println!("ok: {} workers on port {}", c.workers, c.port),
            Err(e) => println!("error: {}", e),
        }
    }
}
