// A small bank with a custom error enum, From conversions, `?` and Box<dyn Error>.
use std::collections::HashMap;
use std::error::Error;
use std::fmt;
use std::num::ParseIntError;

#[derive(Debug, PartialEq)]
enum BankError {
    NoSuchAccount(u32),
    Insufficient { needed: u64, available: u64 },
    Frozen(String),
    BadAmount(ParseIntError),
}

impl fmt::Display for BankError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            BankError::NoSuchAccount(id) => write!(f, "account #{} does not exist", id),
            BankError::Insufficient { needed, available } => {
                write!(f, "need {} but only {} available", needed, available)
            }
            BankError::Frozen(owner) => write!(f, "account of {} is frozen", owner),
            BankError::BadAmount(e) => write!(f, "bad amount: {}", e),
        }
    }
}

impl Error for BankError {}

impl From<ParseIntError> for BankError {
    fn from(e: ParseIntError) -> Self {
        BankError::BadAmount(e)
    }
}

#[derive(Debug)]
struct Account {
    owner: String,
    balance: u64,
    frozen: bool,
    history: Vec<i64>,
}

struct Bank {
    accounts: HashMap<u32, Account>,
    next_id: u32,
}

impl Bank {
    fn new() -> Self {
        Bank { accounts: HashMap::new(), next_id: 100 }
    }

    fn open(&mut self, owner: &str, initial: u64) -> u32 {
        let id = self.next_id;
        self.next_id += 1;
        self.accounts.insert(id, Account { owner: owner.to_string(), balance: initial, frozen: false, history: vec![initial as i64] });
        id
    }

    fn get_mut(&mut self, id: u32) -> Result<&mut Account, BankError> {
        let acct = self.accounts.get_mut(&id).ok_or(BankError::NoSuchAccount(id))?;
        if acct.frozen {
            return Err(BankError::Frozen(acct.owner.clone()));
        }
        Ok(acct)
    }

    fn deposit_text(&mut self, id: u32, amount: &str) -> Result<u64, BankError> {
        let amount: u64 = amount.trim().parse()?;
        let acct = self.get_mut(id)?;
        acct.balance += amount;
        acct.history.push(amount as i64);
        Ok(acct.balance)
    }

    fn withdraw(&mut self, id: u32, amount: u64) -> Result<u64, BankError> {
        let acct = self.get_mut(id)?;
        if acct.balance < amount {
            return Err(BankError::Insufficient { needed: amount, available: acct.balance });
        }
        acct.balance -= amount;
        acct.history.push(-(amount as i64));
        Ok(acct.balance)
    }

    fn transfer(&mut self, from: u32, to: u32, amount: u64) -> Result<(), BankError> {
        self.get_mut(to)?;
        self.withdraw(from, amount)?;
        let dest = self.get_mut(to)?;
        dest.balance += amount;
        dest.history.push(amount as i64);
        Ok(())
    }

    fn total(&self) -> u64 {
        self.accounts.values().map(|a| a.balance).sum()
    }
}

fn run_script(bank: &mut Bank, script: &[(&str, u32, &str)]) -> Result<usize, Box<dyn Error>> {
    let mut done = 0;
    for (op, id, arg) in script {
        match *op {
            "dep" => {
                let b = bank.deposit_text(*id, arg)?;
                println!("  deposit {} -> balance {}", arg.trim(), b);
            }
            "wd" => {
                let amt: u64 = arg.parse()?;
                let b = bank.withdraw(*id, amt)?;
                println!("  withdraw {} -> balance {}", amt, b);
            }
            other => return Err(format!("unknown op {:?}", other).into()),
        }
        done += 1;
    }
    Ok(done)
}

fn main() {
    let mut bank = Bank::new();
    let alice = bank.open("alice", 500);
    let bob = bank.open("bob", 50);

    let attempts: Vec<Result<u64, BankError>> = vec![
        bank.deposit_text(alice, " 250 "),
        bank.deposit_text(bob, "12x"),
        bank.withdraw(bob, 80),
        bank.withdraw(7, 1),
    ];
    for (i, a) in attempts.iter().enumerate() {
        match a {
            Ok(b) => println!("#{} ok, balance {}", i, b),
            Err(e) => println!("#{} failed: {}", i, e),
        }
    }

    match bank.transfer(alice, bob, 300) {
        Ok(()) => println!("transfer ok"),
        Err(e) => println!("transfer failed: {:?}", e),
    }
    bank.accounts.get_mut(&bob).unwrap().frozen = true;
    if let Err(e) = bank.transfer(alice, bob, 1) {
        println!("second transfer: {}", e);
    }
    bank.accounts.get_mut(&bob).unwrap().frozen = false;

    let script = [("dep", alice, "10"), ("wd", bob, "5"), ("wd", alice, "abc"), ("dep", bob, "1")];
    match run_script(&mut bank, &script) {
        Ok(n) => println!("script done: {}", n),
        Err(e) => println!("script stopped: {}", e),
    }
    let bad = [("xfer", alice, "1")];
    if let Err(e) = run_script(&mut bank, &bad) {
        println!("script stopped: {}", e);
    }

    let mut ids: Vec<_> = bank.accounts.keys().copied().collect();
    ids.sort();
    for id in ids {
        let a = &bank.accounts[&id];
        println!("{} {:<6} {:>5} {:?}", id, a.owner, a.balance, a.history);
    }
    println!("total = {}", bank.total());
    assert_eq!(bank.withdraw(alice, 1_000_000), Err(BankError::Insufficient { needed: 1_000_000, available: 459 }));
}
