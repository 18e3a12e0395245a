struct Num;
impl Num { const ZERO: u32 = 0; }
fn main() {
    let v = 3u32;
    match v {
        Num::ZERO(x) => println!("{}", x),
        _ => {}
    }
}
