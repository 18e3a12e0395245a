// Enum variants are as visible as their enum: a private enum's variant cannot be re-exported.
mod traffic {
    enum Light {
        Red,
        Green,
    }
    pub use self::Light::Red;
    pub fn is_red() -> bool {
        matches!(Red, Light::Red) && !matches!(Light::Green, Light::Red)
    }
}

fn main() {
    println!("{}", traffic::is_red());
}
