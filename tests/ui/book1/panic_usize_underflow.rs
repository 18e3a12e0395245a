// variables: float rounding and casts; usize subtraction underflow on an empty slice panics
fn last_index(v: &[i32]) -> usize { v.len() - 1 }
fn div(a: i32, b: i32) -> i32 { a / b }
fn main() {
    println!("{:.0} {:.0} {:.1} {:.2}", 2.5, 3.5, 0.25, 1.005);
    println!("{} {} {}", -1.5f64 as u8, u64::MAX as f32, 16777217u32 as f32);
    println!("{:?} {:?} {} {}", 0.1f32, 1.0f32 / 3.0, 1.0f32 / 3.0, 100000000.0f32);
    println!("{:?}", (i32::MIN).checked_abs());
    println!("{}", last_index(&[1, 2]));
    println!("{}", div(7, -2));
    println!("{}", div(-7, 2) % 3);
    println!("{}", last_index(&[]));
}
