// programs: a bank ledger with Result errors, Option lookups, and a state machine enum
use std::collections::BTreeMap;

#[derive(Debug, PartialEq)]
enum TxError {
    NoAccount(u32),
    Insufficient { needed: i64, available: i64 },
    Frozen,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum State {
    Open,
    Frozen,
}

struct Account {
    balance: i64,
    state: State,
    history: Vec<i64>,
}

struct Bank {
    accounts: BTreeMap<u32, Account>,
}

impl Bank {
    fn new() -> Self {
        Bank { accounts: BTreeMap::new() }
    }
    fn open(&mut self, id: u32, initial: i64) {
        self.accounts.insert(id, Account { balance: initial, state: State::Open, history: vec![initial] });
    }
    fn account(&mut self, id: u32) -> Result<&mut Account, TxError> {
        self.accounts.get_mut(&id).ok_or(TxError::NoAccount(id))
    }
    fn withdraw(&mut self, id: u32, amount: i64) -> Result<i64, TxError> {
        let acct = self.account(id)?;
        if acct.state == State::Frozen {
            return Err(TxError::Frozen);
        }
        if acct.balance < amount {
            return Err(TxError::Insufficient { needed: amount, available: acct.balance });
        }
        acct.balance -= amount;
        acct.history.push(-amount);
        Ok(acct.balance)
    }
    fn transfer(&mut self, from: u32, to: u32, amount: i64) -> Result<(), TxError> {
        self.account(to)?;
        self.withdraw(from, amount)?;
        let dest = self.account(to)?;
        dest.balance += amount;
        dest.history.push(amount);
        Ok(())
    }
}

fn main() {
    let mut bank = Bank::new();
    bank.open(1, 100);
    bank.open(2, 50);
    println!("{:?}", bank.withdraw(1, 30));
    println!("{:?}", bank.withdraw(2, 80));
    println!("{:?}", bank.withdraw(9, 1));
    println!("{:?}", bank.transfer(1, 2, 20));
    println!("{:?}", bank.transfer(1, 3, 20));
    if let Ok(a) = bank.account(2) {
        a.state = State::Frozen;
    }
    println!("{:?}", bank.withdraw(2, 1));
    for (id, a) in &bank.accounts {
        let sum: i64 = a.history.iter().sum();
        println!("#{} {:?} balance {} history {:?} check {}", id, a.state, a.balance, a.history, sum == a.balance);
    }
    let richest = bank.accounts.iter().max_by_key(|(_, a)| a.balance).map(|(id, _)| *id);
    println!("richest {:?}", richest);
    match bank.withdraw(1, 1000) {
        Err(TxError::Insufficient { needed, available }) => println!("short by {}", needed - available),
        other => println!("unexpected {:?}", other),
    }
}
