// The restricted item re-exported by a glob stays restricted.
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
}

fn main() {
    println!("{}", lib::prelude::public_sum(4, 5));
    println!("{}", lib::prelude::internal_scale(4));
}
