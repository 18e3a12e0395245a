struct Rect { w: u32, h: u32, w: u32 }
fn main() {}
