use std::thread;
fn main() {
    let mut total = 0;
    let r = &mut total;
    thread::scope(|s| {
        s.spawn(|| println!("{}", total));
    });
    *r += 1;
}
