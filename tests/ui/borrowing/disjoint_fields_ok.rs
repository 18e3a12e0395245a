// borrowing: a borrow of one field while another field is assigned
struct Account {
    owner: String,
    balance: i64,
}

fn main() {
    let mut acct = Account { owner: String::from("kim"), balance: 5 };
    let o = &acct.owner;
    acct.balance = 7;
    println!("{} {}", o, acct.balance);
}
