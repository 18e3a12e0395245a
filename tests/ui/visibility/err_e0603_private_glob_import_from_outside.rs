// A private glob import does not make the imported names visible through the importing module.
mod data {
    pub mod raw {
        pub fn load() -> Vec<u8> {
            vec![1, 2, 3]
        }
    }
    pub mod view {
        use super::raw::*;
        pub fn size() -> usize {
            load().len()
        }
    }
}

fn main() {
    println!("{}", data::view::size());
    println!("{:?}", data::view::load());
}
