// custom error enum, ? operator, Result combinators, From conversion, Display for errors
use std::collections::HashMap;
use std::fmt;

#[derive(Debug)]
enum BankError {
    NoAccount(String),
    Insufficient { needed: u64, available: u64 },
    BadAmount(String),
}

impl fmt::Display for BankError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            BankError::NoAccount(n) => write!(f, "no account named {}", n),
            BankError::Insufficient { needed, available } => {
                write!(f, "need {} but only {} available", needed, available)
            }
            BankError::BadAmount(s) => write!(f, "bad amount '{}'", s),
        }
    }
}

impl From<std::num::ParseIntError> for BankError {
    fn from(_: std::num::ParseIntError) -> Self {
        BankError::BadAmount(String::from("unparseable"))
    }
}

struct Bank {
    accounts: HashMap<String, u64>,
}

impl Bank {
    fn balance(&self, who: &str) -> Result<u64, BankError> {
        self.accounts.get(who).copied().ok_or_else(|| BankError::NoAccount(who.to_string()))
    }

    fn withdraw(&mut self, who: &str, amount: u64) -> Result<u64, BankError> {
        let available = self.balance(who)?;
        if amount > available {
            return Err(BankError::Insufficient { needed: amount, available });
        }
        let slot = self.accounts.get_mut(who).unwrap();
        *slot -= amount;
        Ok(*slot)
    }

    fn run(&mut self, cmd: &str) -> Result<u64, BankError> {
        let parts: Vec<&str> = cmd.split(':').collect();
        let amount: u64 = parts[1].trim().parse()?;
        self.withdraw(parts[0], amount)
    }
}

fn main() {
    let mut bank = Bank { accounts: HashMap::new() };
    bank.accounts.insert("ann".to_string(), 100);
    bank.accounts.insert("bob".to_string(), 20);

    let cmds = ["ann: 30", "bob: 50", "cat: 1", "ann: x1", "ann: 70", "ann: 1"];
    for c in cmds.iter() {
        match bank.run(c) {
            Ok(left) => println!("{} -> ok, {} left", c, left),
            Err(e) => println!("{} -> error: {}", c, e),
        }
    }
    let total: u64 = ["ann", "bob", "cat"]
        .iter()
        .filter_map(|n| bank.balance(n).ok())
        .sum();
    println!("total held: {}", total);
    let msg = bank.balance("zed").map(|b| b * 2).unwrap_or_default();
    println!("zed doubled: {}", msg);
}
