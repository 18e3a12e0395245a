// `pub(super)` reaches the parent module only, not the crate root above it.
mod bank {
    pub mod ledger {
        pub(super) fn fee(amount: u64) -> u64 {
            amount / 100
        }
    }
    pub fn charge(amount: u64) -> u64 {
        amount + ledger::fee(amount)
    }
}

fn main() {
    println!("{}", bank::charge(1000));
    println!("{}", bank::ledger::fee(1000));
}
