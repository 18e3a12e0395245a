// A glob re-export passes each item on no further than the item's own visibility.
mod lib {
    pub mod core {
        pub fn public_sum(a: i32, b: i32) -> i32 {
            a + b
        }
        pub(in crate::lib) fn internal_scale(a: i32) -> i32 {
            a * 10
        }
    }
    pub mod prelude {
        pub use super::core::*;
    }
    pub fn total() -> i32 {
        prelude::internal_scale(prelude::public_sum(1, 2))
    }
}

fn main() {
    println!("{}", lib::total());
    println!("{}", lib::prelude::public_sum(4, 5));
}
