mod tools {
    pub trait Twice { fn twice(&self) -> u32; }
    impl Twice for u32 { fn twice(&self) -> u32 { self * 2 } }
}
fn main() {
    println!("{}", 3u32.twice());
}
