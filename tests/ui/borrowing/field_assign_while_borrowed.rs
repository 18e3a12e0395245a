// borrowing: assigning a field while a reference to that field is used
struct Account {
    owner: String,
    balance: i64,
}

fn main() {
    let mut acct = Account { owner: String::from("kim"), balance: 5 };
    let b = &acct.balance;
    acct.balance = 7;
    println!("{} {} {}", acct.owner, b, acct.balance);
}
