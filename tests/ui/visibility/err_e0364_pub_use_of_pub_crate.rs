// A `pub(crate)` function is "only public within the crate": `pub use` cannot re-export it.
mod math {
    pub(crate) fn square(x: i64) -> i64 {
        x * x
    }
    pub mod api {
        pub use super::square;
    }
}

fn main() {
    println!("{}", math::api::square(9));
}
