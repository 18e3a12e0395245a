// A `static mut` used inside unsafe blocks, an unsafe fn and a closure made in unsafe code.
static mut EVENTS: Vec<&'static str> = Vec::new();
static mut SEEN: usize = 0;

fn log(e: &'static str) {
    unsafe {
        SEEN += 1;
        EVENTS.push(e);
    }
}

unsafe fn seen() -> usize {
    SEEN
}

fn main() {
    log("start");
    log("stop");
    let twice = unsafe { move || SEEN * 2 };
    let n = unsafe { seen() };
    let events = unsafe { EVENTS.clone() };
    println!("{n} {} {:?}", twice(), events);
}
