// main returning Result<(), Box<dyn Error>>: config parsing with several error types that
// convert through `?`, and the final error printed by the runtime (exit code 1).
use std::collections::HashMap;
use std::error::Error;
use std::fmt;

#[derive(Debug)]
struct MissingKey(&'static str);

impl fmt::Display for MissingKey {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "missing key `{}`", self.0)
    }
}

impl Error for MissingKey {}

#[derive(Debug)]
struct Settings {
    name: String,
    port: u16,
    ratio: f64,
    verbose: bool,
}

fn parse_conf(text: &str) -> Result<HashMap<&str, &str>, String> {
    let mut m = HashMap::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with(';') {
            continue;
        }
        let (k, v) = line.split_once('=').ok_or(format!("line {}: no '='", i + 1))?;
        m.insert(k.trim(), v.trim());
    }
    Ok(m)
}

fn settings(text: &str) -> Result<Settings, Box<dyn Error>> {
    let m = parse_conf(text)?;
    let get = |k: &'static str| m.get(k).copied().ok_or(MissingKey(k));
    Ok(Settings {
        name: get("name")?.to_string(),
        port: get("port")?.parse()?,
        ratio: get("ratio")?.parse()?,
        verbose: get("verbose").unwrap_or("false").parse()?,
    })
}

fn main() -> Result<(), Box<dyn Error>> {
    let inputs = [
        "name = demo\nport = 8080\nratio = 0.75\n; comment\nverbose = true",
        "name = a\nport = 99999\nratio = 1",
        "name = b\nport = 80\nratio = x",
        "name = c\nport = 80",
        "name = d\nport = 1\nratio = 2\nverbose = maybe",
        "garbage",
        "name=e\nport=443\nratio=.5",
    ];
    for (i, text) in inputs.iter().enumerate() {
        match settings(text) {
            Ok(s) => println!("{}: {:?}", i, s),
            Err(e) => println!("{}: error: {}", i, e),
        }
    }
    let s = settings(inputs[0])?;
    println!("using {} on port {}", s.name, s.port);
    let last = settings("name = z\nratio = 3")?;
    println!("unreachable {:?}", last);
    Ok(())
}
