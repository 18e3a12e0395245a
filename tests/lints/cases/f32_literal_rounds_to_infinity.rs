// lints: a literal just past the f32 rounding threshold becomes infinity, which is out of range
fn main() {
    let too_big: f32 = 3.4028236e38;
    println!("{}", too_big);
}
