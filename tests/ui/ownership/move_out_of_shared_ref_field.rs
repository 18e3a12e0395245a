// ownership: taking a String field out through a shared reference
struct Account {
    holder: String,
}

fn holder_of(a: &Account) -> String {
    a.holder
}

fn main() {
    let a = Account { holder: String::from("zoe") };
    println!("{}", holder_of(&a));
}
