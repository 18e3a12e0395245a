// Implementing an `unsafe trait` (here std's `Sync`) needs `unsafe impl`.
struct Token {
    id: u32,
}

impl Sync for Token {}

fn main() {
    let t = Token { id: 3 };
    println!("{}", t.id);
}
