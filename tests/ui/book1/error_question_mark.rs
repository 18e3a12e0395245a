// errors: custom error enum, ? with From conversions, Display impl
use std::fmt;
use std::num::ParseIntError;

#[derive(Debug)]
enum ConfigError {
    Missing(String),
    BadNumber(ParseIntError),
    OutOfRange(i64),
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            ConfigError::Missing(k) => write!(f, "missing key {k}"),
            ConfigError::BadNumber(e) => write!(f, "bad number: {e}"),
            ConfigError::OutOfRange(n) => write!(f, "{n} out of range"),
        }
    }
}

impl From<ParseIntError> for ConfigError {
    fn from(e: ParseIntError) -> Self {
        ConfigError::BadNumber(e)
    }
}

fn lookup<'a>(pairs: &'a [(&'a str, &'a str)], key: &str) -> Result<&'a str, ConfigError> {
    for (k, v) in pairs {
        if *k == key {
            return Ok(v);
        }
    }
    Err(ConfigError::Missing(key.to_string()))
}

fn port(pairs: &[(&str, &str)]) -> Result<u16, ConfigError> {
    let raw = lookup(pairs, "port")?;
    let n: i64 = raw.parse()?;
    if n < 1 || n > 65535 {
        return Err(ConfigError::OutOfRange(n));
    }
    Ok(n as u16)
}

fn main() {
    let good = [("host", "a"), ("port", "8080")];
    let bad = [("port", "80x")];
    let big = [("port", "70000")];
    let none = [("host", "b")];
    for cfg in [&good[..], &bad[..], &big[..], &none[..]] {
        match port(cfg) {
            Ok(p) => println!("port {p}"),
            Err(e) => println!("error: {e}"),
        }
    }
    println!("{:?}", port(&none).unwrap_err());
}
