// variables: integer overflow panics in a debug build; wrapping/checked alternatives
fn add_points(current: u8, extra: u8) -> u8 {
    current + extra
}

fn main() {
    let a: u8 = 250;
    println!("{:?}", a.checked_add(10));
    println!("{}", a.wrapping_add(10));
    println!("{}", a.saturating_add(10));
    let (v, over) = a.overflowing_add(10);
    println!("{v} {over}");
    println!("{}", add_points(a, 5));
    println!("{}", add_points(a, 6));
}
