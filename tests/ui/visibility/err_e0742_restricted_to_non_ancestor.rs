// `pub(in path)` must name an ancestor of the item's module.
mod storage {
    pub mod disk {}
    pub mod cache {
        pub(in crate::storage::disk) fn evict() -> u32 {
            0
        }
    }
}

fn main() {}
