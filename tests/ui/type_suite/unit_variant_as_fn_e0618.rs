enum Light { Red, Green }
fn main() {
    let l = Light::Red(3);
}
