// constant expressions behind `&` are promoted to 'static
fn five() -> &'static i32 { &5 }
fn pair() -> &'static (i32, &'static str) { &(1, "one") }
fn empty() -> &'static [u8] { &[] }
fn main() {
    println!("{} {:?} {:?}", five(), pair(), empty());
}
