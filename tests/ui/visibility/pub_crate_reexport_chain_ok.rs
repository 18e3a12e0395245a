// `pub(crate) use` of `pub(crate)` items, and `pub use` of `pub` items through private modules.
mod store {
    mod backend {
        pub fn get(key: &str) -> usize {
            key.len()
        }
        pub(crate) fn put(key: &str) -> usize {
            key.len() * 2
        }
    }
    pub use self::backend::get;
    pub(crate) use self::backend::put;
}

fn main() {
    println!("{} {}", store::get("abc"), store::put("abcd"));
}
