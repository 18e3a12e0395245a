// `x += tree` on an integer local, compiled into one function: the overflow panics at the
// `+=` with rustc's message, after the earlier iterations' updates.
fn main() {
    let steps = [1u8, 2, 3, 4];
    let mut t: u8 = 240;
    let mut i = 0;
    while i < 10 {
        t += steps[i % 4] * 2 + 1;
        println!("t {}", t);
        i += 1;
    }
}
