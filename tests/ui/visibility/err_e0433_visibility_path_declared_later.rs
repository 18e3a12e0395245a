// Visibility paths are resolved while items are collected: a module declared later is not found.
mod render {
    pub mod text {
        pub(in crate::layout) fn wrap(s: &str) -> String {
            s.to_string()
        }
    }
}

mod layout {}

fn main() {}
