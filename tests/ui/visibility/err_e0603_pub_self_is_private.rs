// `pub(self)` is the same as private.
mod counter {
    pub(self) fn step() -> u32 {
        1
    }
    pub fn next(n: u32) -> u32 {
        n + step()
    }
}

fn main() {
    println!("{}", counter::next(1));
    println!("{}", counter::step());
}
