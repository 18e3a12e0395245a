// patterns: a range pattern whose lower bound is above its upper bound
fn main() {
    let n = 5u8;
    match n {
        10..=1 => println!("odd range"),
        _ => println!("other"),
    }
}
