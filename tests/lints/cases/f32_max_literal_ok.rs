// lints: `f32::MAX` written out (3.4028235e38) rounds down to it, so it is not out of range
fn main() {
    let biggest: f32 = 3.4028235e38;
    let also: f32 = -3.4028235e38;
    println!("{} {}", biggest == f32::MAX, also == f32::MIN);
}
