// `pub(super)` items are usable in the parent module and its other children.
mod bank {
    pub mod ledger {
        pub(super) fn fee(amount: u64) -> u64 {
            amount / 100
        }
        pub(super) struct Entry {
            pub(super) amount: u64,
        }
    }
    pub mod audit {
        pub fn check(amount: u64) -> u64 {
            super::ledger::fee(amount) * 2
        }
    }
    pub fn charge(amount: u64) -> u64 {
        let e = ledger::Entry { amount };
        e.amount + ledger::fee(e.amount)
    }
}

fn main() {
    println!("{}", bank::charge(1000));
    println!("{}", bank::audit::check(500));
}
