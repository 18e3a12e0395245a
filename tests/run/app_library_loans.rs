// A library system: traits for items, a catalog keyed by id, loans with due days,
// errors with `?` and `impl From`, and reports sorted for deterministic output.
use std::collections::{BTreeMap, HashMap};
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
enum Kind {
    Book { pages: u32 },
    Dvd { minutes: u32 },
    Magazine { issue: u16 },
}

trait Lendable {
    fn loan_days(&self) -> u32;
    fn late_fee_per_day(&self) -> u32 {
        10
    }
    fn label(&self) -> String;
}

#[derive(Debug, Clone)]
struct Item {
    id: u32,
    title: String,
    kind: Kind,
}

impl Lendable for Item {
    fn loan_days(&self) -> u32 {
        match self.kind {
            Kind::Book { pages } if pages > 500 => 28,
            Kind::Book { .. } => 21,
            Kind::Dvd { .. } => 7,
            Kind::Magazine { .. } => 3,
        }
    }
    fn late_fee_per_day(&self) -> u32 {
        if let Kind::Dvd { minutes } = self.kind { 25 + minutes / 60 } else { 10 }
    }
    fn label(&self) -> String {
        match &self.kind {
            Kind::Book { pages } => format!("book '{}' ({}p)", self.title, pages),
            Kind::Dvd { minutes } => format!("dvd '{}' ({}min)", self.title, minutes),
            Kind::Magazine { issue } => format!("magazine '{}' #{}", self.title, issue),
        }
    }
}

#[derive(Debug)]
enum LibError {
    UnknownItem(u32),
    UnknownMember(String),
    AlreadyLent { id: u32, to: String },
    NotLent(u32),
    Limit(String, usize),
}

impl fmt::Display for LibError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            LibError::UnknownItem(id) => write!(f, "no item {}", id),
            LibError::UnknownMember(m) => write!(f, "no member {}", m),
            LibError::AlreadyLent { id, to } => write!(f, "item {} is lent to {}", id, to),
            LibError::NotLent(id) => write!(f, "item {} is not lent", id),
            LibError::Limit(m, n) => write!(f, "{} already has {} items", m, n),
        }
    }
}

struct Loan {
    member: String,
    due: u32,
}

#[derive(Default)]
struct Library {
    items: BTreeMap<u32, Item>,
    members: HashMap<String, usize>,
    loans: HashMap<u32, Loan>,
    fees: BTreeMap<String, u32>,
}

impl Library {
    fn add(&mut self, title: &str, kind: Kind) -> u32 {
        let id = self.items.len() as u32 + 1;
        self.items.insert(id, Item { id, title: title.to_string(), kind });
        id
    }
    fn lend(&mut self, id: u32, member: &str, today: u32) -> Result<u32, LibError> {
        let item = self.items.get(&id).ok_or(LibError::UnknownItem(id))?;
        let count = self.members.get_mut(member).ok_or_else(|| LibError::UnknownMember(member.to_string()))?;
        if let Some(l) = self.loans.get(&id) {
            return Err(LibError::AlreadyLent { id, to: l.member.clone() });
        }
        if *count >= 2 {
            return Err(LibError::Limit(member.to_string(), *count));
        }
        *count += 1;
        let due = today + item.loan_days();
        self.loans.insert(id, Loan { member: member.to_string(), due });
        Ok(due)
    }
    fn give_back(&mut self, id: u32, today: u32) -> Result<u32, LibError> {
        let loan = self.loans.remove(&id).ok_or(LibError::NotLent(id))?;
        let item = &self.items[&id];
        let late = today.saturating_sub(loan.due);
        let fee = late * item.late_fee_per_day();
        if fee > 0 {
            *self.fees.entry(loan.member.clone()).or_insert(0) += fee;
        }
        if let Some(c) = self.members.get_mut(&loan.member) {
            *c -= 1;
        }
        Ok(fee)
    }
}

fn main() {
    let mut lib = Library::default();
    let dune = lib.add("Dune", Kind::Book { pages: 612 });
    let heat = lib.add("Heat", Kind::Dvd { minutes: 170 });
    let wired = lib.add("Wired", Kind::Magazine { issue: 42 });
    let emma = lib.add("Emma", Kind::Book { pages: 320 });
    for m in ["ann", "raj"] {
        lib.members.insert(m.to_string(), 0);
    }
    for it in lib.items.values() {
        println!("{:>2} {:<28} {:>2} days, fee {}/day", it.id, it.label(), it.loan_days(), it.late_fee_per_day());
    }
    let ops: Vec<(&str, u32, &str, u32)> = vec![
        ("lend", dune, "ann", 1),
        ("lend", heat, "ann", 2),
        ("lend", wired, "ann", 2),
        ("lend", dune, "raj", 3),
        ("lend", emma, "zed", 3),
        ("lend", 99, "raj", 3),
        ("back", heat, "", 12),
        ("lend", wired, "raj", 12),
        ("back", wired, "", 20),
        ("back", wired, "", 21),
        ("back", dune, "", 29),
    ];
    for (op, id, who, day) in ops {
        let r = match op {
            "lend" => lib.lend(id, who, day).map(|due| format!("due day {}", due)),
            _ => lib.give_back(id, day).map(|fee| format!("fee {}", fee)),
        };
        match r {
            Ok(msg) => println!("day {:>2} {} {:<3} {} -> {}", day, op, who, id, msg),
            Err(e) => println!("day {:>2} {} {:<3} {} -> error: {}", day, op, who, id, e),
        }
    }
    println!("fees: {:?}", lib.fees);
    let mut out: Vec<_> = lib.members.iter().collect();
    out.sort();
    println!("holding: {:?}", out);
    println!("open loans: {}", lib.loans.len());
}
