// a bank ledger applying transfers between accounts by index with error handling
#[derive(Debug)]
struct Account {
    owner: String,
    balance: i64,
}

#[derive(Debug)]
enum TxError {
    NoSuchAccount(usize),
    Insufficient { owner: String, needed: i64 },
}

struct Ledger {
    accounts: Vec<Account>,
    history: Vec<String>,
}

impl Ledger {
    fn open(&mut self, owner: &str, deposit: i64) -> usize {
        self.accounts.push(Account { owner: owner.to_string(), balance: deposit });
        self.accounts.len() - 1
    }

    fn transfer(&mut self, from: usize, to: usize, amount: i64) -> Result<(), TxError> {
        if from >= self.accounts.len() {
            return Err(TxError::NoSuchAccount(from));
        }
        if to >= self.accounts.len() {
            return Err(TxError::NoSuchAccount(to));
        }
        let source = &mut self.accounts[from];
        if source.balance < amount {
            return Err(TxError::Insufficient { owner: source.owner.clone(), needed: amount - source.balance });
        }
        source.balance -= amount;
        self.accounts[to].balance += amount;
        let line = format!("{} -> {}: {}", self.accounts[from].owner, self.accounts[to].owner, amount);
        self.history.push(line);
        Ok(())
    }
}

fn main() {
    let mut ledger = Ledger { accounts: Vec::new(), history: Vec::new() };
    let ana = ledger.open("ana", 100);
    let bo = ledger.open("bo", 20);
    let cy = ledger.open("cy", 0);
    let plan = [(ana, bo, 30), (bo, cy, 60), (bo, cy, 50), (cy, 7, 1), (cy, ana, 10)];
    for (from, to, amount) in plan {
        if let Err(e) = ledger.transfer(from, to, amount) {
            println!("rejected: {:?}", e);
        }
    }
    for line in &ledger.history {
        println!("{}", line);
    }
    let total: i64 = ledger.accounts.iter().map(|a| a.balance).sum();
    for a in &ledger.accounts {
        println!("{:>4} {:>5}", a.owner, a.balance);
    }
    println!("total {}", total);
}
