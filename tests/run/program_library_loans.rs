// a library loan tracker: BTreeMap entry API, HashSet membership, retain, sort_by_key,
// dedup_by_key, binary_search, user Deref at call sites, consts in a module
use std::collections::{BTreeMap, HashSet};
use std::fmt;
use std::ops::Deref;

mod policy {
    pub const MAX_LOANS: usize = 2;
    pub const DAILY_FINE: u32 = 25;
    pub mod limits {
        pub const GRACE_DAYS: u32 = 3;
    }
}

#[derive(Debug, Clone, PartialEq)]
struct Isbn(String);

impl Deref for Isbn {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

#[derive(Debug, Clone)]
struct Loan {
    member: &'static str,
    isbn: Isbn,
    days: u32,
}

impl fmt::Display for Loan {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:<6}", self.member)?;
        f.write_str(" ")?;
        self.isbn.0.fmt(f)?;
        write!(f, " ({}d)", self.days)
    }
}

fn shelf_code(isbn: &str) -> &str {
    isbn.split('-').next().unwrap_or("?")
}

fn fine(days: u32) -> u32 {
    days.saturating_sub(self::policy::limits::GRACE_DAYS) * policy::DAILY_FINE
}

fn main() {
    let raw = [("ann", "978-1", 2), ("bob", "978-2", 9), ("ann", "555-3", 5), ("cy", "978-1", 1),
               ("ann", "123-9", 4), ("bob", "555-3", 12)];
    let mut loans: Vec<Loan> = raw.iter()
        .map(|&(m, i, d)| Loan { member: m, isbn: Isbn(i.to_string()), days: d })
        .collect();

    let mut per_member: BTreeMap<&str, Vec<&Loan>> = BTreeMap::new();
    for l in &loans {
        per_member.entry(l.member).or_default().push(l);
    }
    for (m, ls) in &per_member {
        let over = ls.len() > policy::MAX_LOANS;
        println!("{m}: {} loan(s){}", ls.len(), if over { " OVER LIMIT" } else { "" });
    }

    let shelves: HashSet<&str> = loans.iter().map(|l| shelf_code(&l.isbn)).collect();
    let mut shelves: Vec<_> = shelves.into_iter().collect();
    shelves.sort_unstable();
    println!("shelves {:?}", shelves);

    let total: u32 = loans.iter().map(|l| fine(l.days)).sum();
    println!("fines {}.{:02}", total / 100, total % 100);

    loans.sort_by_key(|l| std::cmp::Reverse(l.days));
    for l in loans.iter().take(3) {
        println!("[{l}]");
    }
    loans.retain(|l| l.days <= 10);
    loans.sort_by(|a, b| a.isbn.0.cmp(&b.isbn.0).then(a.member.cmp(b.member)));
    loans.dedup_by_key(|l| l.isbn.clone());
    let keys: Vec<&str> = loans.iter().map(|l| &*l.isbn).collect();
    println!("{:?}", keys);
    match keys.binary_search(&"555-3") {
        Ok(i) => println!("found at {i}"),
        Err(i) => println!("insert at {i}"),
    }
    println!("{:?}", keys.binary_search(&"600-0"));
    println!("{}", loans[0].isbn == Isbn("123-9".into()));
}
