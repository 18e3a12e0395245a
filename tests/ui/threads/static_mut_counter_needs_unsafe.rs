use std::thread;
static mut COUNT: u32 = 0;

fn main() {
    thread::spawn(|| COUNT += 1).join().unwrap();
}
