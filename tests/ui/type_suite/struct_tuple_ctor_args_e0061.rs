struct Rgb(u8, u8, u8);
fn main() {
    let c = Rgb(1, 2);
    println!("{}", c.0);
}
