// Reading, writing or borrowing a `static mut` needs an unsafe block (or unsafe fn).
static mut HITS: u32 = 0;

fn hit() {
    HITS += 1;
}

unsafe fn peek() -> u32 {
    HITS
}

fn main() {
    hit();
    let shown = unsafe { peek() };
    let r = &HITS;
    let later = || HITS + 1;
    println!("{shown} {} {}", unsafe { *r }, later());
}
