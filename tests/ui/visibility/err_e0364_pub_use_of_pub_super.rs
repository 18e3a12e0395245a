// Re-exporting with `pub use` cannot widen a `pub(super)` function.
mod tools {
    pub mod hammer {
        pub(super) fn strike() -> u32 {
            5
        }
    }
    pub use self::hammer::strike;
    pub fn work() -> u32 {
        strike() * 2
    }
}

fn main() {
    println!("{}", tools::work());
}
