// a bank that takes mutable references to two accounts of the same Vec at once
struct Account {
    owner: String,
    balance: i64,
}

fn pay(from: &mut Account, to: &mut Account, amount: i64) {
    from.balance -= amount;
    to.balance += amount;
}

fn main() {
    let mut accounts = vec![
        Account { owner: String::from("ana"), balance: 50 },
        Account { owner: String::from("bo"), balance: 10 },
        Account { owner: String::from("cy"), balance: 75 },
    ];
    let payer = &mut accounts[2];
    let payee = &mut accounts[0];
    pay(payer, payee, 25);
    for a in &accounts {
        println!("{}: {}", a.owner, a.balance);
    }
    let rich: Vec<&str> = accounts.iter().filter(|a| a.balance > 40).map(|a| a.owner.as_str()).collect();
    println!("rich: {:?}", rich);
    println!("audit: {}", audit(&accounts));
}

fn audit(accounts: &[Account]) -> String {
    let total: i64 = accounts.iter().map(|a| a.balance).sum();
    let negative = accounts.iter().filter(|a| a.balance < 0).count();
    format!("{} accounts, total {}, {} overdrawn", accounts.len(), total, negative)
}
