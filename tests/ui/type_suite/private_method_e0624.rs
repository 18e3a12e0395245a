mod bank {
    pub struct Account { pub id: u32 }
    impl Account {
        fn secret(&self) -> u32 { self.id * 2 }
    }
}
fn main() {
    let a = bank::Account { id: 1 };
    println!("{}", a.secret());
}
