// errors: `Err(..)?` and `None?` as early exits, Box<dyn Error> from strings via into()
use std::error::Error;

fn check_name(name: &str) -> Result<String, Box<dyn Error>> {
    if name.is_empty() {
        Err("name is empty")?;
    }
    if name.len() > 8 {
        Err(format!("name {name:?} is {} chars, max 8", name.len()))?;
    }
    if name.chars().any(|c| c.is_ascii_digit()) {
        return Err("digits not allowed".into());
    }
    Ok(name.to_lowercase())
}

fn initials(full: &str) -> Option<String> {
    let mut parts = full.split_whitespace();
    let first = parts.next()?.chars().next()?;
    let last = parts.last()?.chars().next()?;
    if !first.is_alphabetic() {
        None?;
    }
    Some(format!("{first}.{last}."))
}

fn count_valid(names: &[&str]) -> Result<usize, String> {
    let mut ok = 0;
    for n in names {
        if n.starts_with('!') {
            Err(format!("stopped at {n}"))?;
        }
        if check_name(n).is_ok() {
            ok += 1;
        }
    }
    Ok(ok)
}

fn main() {
    for n in ["Alice", "", "Bartholomew", "r2d2", "Eve"] {
        match check_name(n) {
            Ok(v) => println!("ok {v}"),
            Err(e) => println!("rejected: {e}"),
        }
    }
    for f in ["Ada Lovelace", "Grace", "1st Person", "  "] {
        println!("{f:?} -> {:?}", initials(f));
    }
    println!("{:?}", count_valid(&["Bo", "x1", "Cy"]));
    println!("{:?}", count_valid(&["Bo", "!stop", "Cy"]));
}
