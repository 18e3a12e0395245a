unsafe fn danger() -> u32 { 1 }
fn main() {
    let v = danger();
    println!("{}", v);
}
