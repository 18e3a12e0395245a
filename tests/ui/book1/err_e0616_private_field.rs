// modules: reading a private struct field from outside the module
mod bank {
    pub struct Vault {
        pub name: String,
        balance: u64,
    }

    impl Vault {
        pub fn open(name: &str) -> Vault {
            Vault { name: name.to_string(), balance: 100 }
        }
    }
}

fn main() {
    let v = bank::Vault::open("main");
    println!("{} {}", v.name, v.balance);
}
