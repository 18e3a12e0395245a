// a bank audit where a logging closure mutably captures the ledger and the ledger is read before the closure's last call
#[derive(Debug)]
struct Entry {
    account: u32,
    delta: i64,
}

fn balance(ledger: &[Entry], account: u32) -> i64 {
    ledger.iter().filter(|e| e.account == account).map(|e| e.delta).sum()
}

fn main() {
    let mut ledger: Vec<Entry> = Vec::new();
    let mut post = |account: u32, delta: i64| {
        ledger.push(Entry { account, delta });
    };
    post(1, 500);
    post(2, 120);
    post(1, -80);
    println!("account 1 holds {}", balance(&ledger, 1));
    post(2, -20);
    println!("{} entries", ledger.len());
    for acct in [1, 2] {
        println!("{} -> {}", acct, balance(&ledger, acct));
    }
}
