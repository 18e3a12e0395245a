// panics: multiplication overflow in a debug build
fn grow(x: i32, times: u32) -> i32 {
    let mut v = x;
    for _ in 0..times {
        v *= 10;
        println!("{}", v);
    }
    v
}

fn main() {
    grow(7, 12);
}
