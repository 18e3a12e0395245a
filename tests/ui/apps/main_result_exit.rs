// main returning Result<(), String>: ? propagates an error and the process exits with status 1
#[derive(Debug)]
struct Migration {
    version: u32,
    sql: &'static str,
}

fn validate(m: &Migration, last: u32) -> Result<u32, String> {
    if m.version != last + 1 {
        return Err(format!("migration {} out of order (expected {})", m.version, last + 1));
    }
    if m.sql.trim().is_empty() {
        return Err(format!("migration {} is empty", m.version));
    }
    Ok(m.version)
}

fn apply_all(ms: &[Migration]) -> Result<u32, String> {
    let mut last = 0;
    for m in ms {
        last = validate(m, last)?;
        let stmt = m.sql.split_whitespace().next().unwrap_or("?").to_uppercase();
        println!("applied v{}: {}", m.version, stmt);
    }
    Ok(last)
}

fn main() -> Result<(), String> {
    let good = [
        Migration { version: 1, sql: "create table users" },
        Migration { version: 2, sql: "alter table users add email" },
    ];
    let v = apply_all(&good)?;
    println!("schema at v{}", v);
    let bad = [
        Migration { version: 1, sql: "create table posts" },
        Migration { version: 3, sql: "drop table posts" },
    ];
    let v2 = apply_all(&bad)?;
    println!("unreachable v{}", v2);
    Ok(())
}
