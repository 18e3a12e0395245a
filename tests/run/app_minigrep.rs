// A grep-like tool in the style of a CLI chapter: Config built from args (falls back to
// defaults when none are given), case-insensitive search, line numbers, and errors.
use std::env;
use std::error::Error;
use std::fmt;

const POEM: &str = "\
I'm nobody! Who are you?
Are you nobody, too?
Then there's a pair of us - don't tell!
They'd banish us, you know.

How dreary to be somebody!
How public, like a frog
To tell your name the livelong day
To an admiring bog!";

#[derive(Debug)]
struct Config {
    query: String,
    ignore_case: bool,
    invert: bool,
    max: Option<usize>,
}

#[derive(Debug)]
enum ConfigError {
    MissingQuery,
    BadFlag(String),
    BadMax(std::num::ParseIntError),
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConfigError::MissingQuery => f.write_str("missing query"),
            ConfigError::BadFlag(s) => write!(f, "unknown flag `{}`", s),
            ConfigError::BadMax(e) => write!(f, "invalid --max: {}", e),
        }
    }
}

impl Error for ConfigError {}

impl Config {
    fn build(mut args: impl Iterator<Item = String>) -> Result<Config, ConfigError> {
        args.next();
        let mut query = None;
        let mut ignore_case = false;
        let mut invert = false;
        let mut max = None;
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "-i" => ignore_case = true,
                "-v" => invert = true,
                "--max" => {
                    let n = args.next().unwrap_or_default();
                    max = Some(n.parse().map_err(ConfigError::BadMax)?);
                }
                s if s.starts_with('-') => return Err(ConfigError::BadFlag(s.to_string())),
                _ => query = Some(arg),
            }
        }
        Ok(Config { query: query.ok_or(ConfigError::MissingQuery)?, ignore_case, invert, max })
    }
}

fn search<'a>(cfg: &Config, contents: &'a str) -> Vec<(usize, &'a str)> {
    let q = if cfg.ignore_case { cfg.query.to_lowercase() } else { cfg.query.clone() };
    contents
        .lines()
        .enumerate()
        .filter(|(_, line)| {
            let hit = if cfg.ignore_case { line.to_lowercase().contains(&q) } else { line.contains(&q) };
            hit != cfg.invert
        })
        .map(|(i, l)| (i + 1, l))
        .take(cfg.max.unwrap_or(usize::MAX))
        .collect()
}

fn run(cfg: Config) -> Result<usize, Box<dyn Error>> {
    if cfg.query.len() > 20 {
        return Err(format!("query too long: {} chars", cfg.query.len()).into());
    }
    let hits = search(&cfg, POEM);
    for (n, line) in &hits {
        println!("{:>3}: {}", n, line);
    }
    Ok(hits.len())
}

fn args_of(line: &str) -> impl Iterator<Item = String> + '_ {
    std::iter::once("minigrep".to_string()).chain(line.split_whitespace().map(String::from))
}

fn main() {
    let real: Vec<String> = env::args().skip(1).collect();
    println!("real args given: {}", real.len());
    let runs = ["to", "-i how", "-v -i o --max 3", "--max x nobody", "-q to", "-i", "averyveryverylongquerystring"];
    for line in runs.iter() {
        println!("$ minigrep {}", line);
        let cfg = match Config::build(args_of(line)) {
            Ok(c) => c,
            Err(e) => {
                println!("Problem parsing arguments: {}", e);
                continue;
            }
        };
        match run(cfg) {
            Ok(n) => println!("({} matching lines)", n),
            Err(e) => println!("Application error: {}", e),
        }
    }
    let err: Box<dyn Error> = Box::new(ConfigError::MissingQuery);
    println!("{} / {:?}", err, err);
}
