fn area(w: u32, w: u32) -> u32 { w }
fn main() {}
