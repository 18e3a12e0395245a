// Inherent associated consts and fns honour `pub(super)` too.
mod sensor {
    pub mod probe {
        pub struct Probe;
        impl Probe {
            pub(super) const LIMIT: u32 = 100;
            pub(super) fn calibrate() -> u32 {
                Self::LIMIT / 2
            }
            pub fn read(&self) -> u32 {
                Self::calibrate()
            }
        }
    }
    pub fn limit() -> u32 {
        probe::Probe::LIMIT + probe::Probe::calibrate()
    }
}

fn main() {
    println!("{} {}", sensor::limit(), sensor::probe::Probe.read());
    println!("{}", sensor::probe::Probe::LIMIT);
    println!("{}", sensor::probe::Probe::calibrate());
}
